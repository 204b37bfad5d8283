// Generated from specs/wdk/alibaba.retail.marketing.buygift.activity.sku.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.buygift.activity.sku.delete` (删除单品买赠活动商品). */
export interface AlibabaRetailMarketingBuygiftActivitySkuDeleteRequest {
  /** 删除买赠活动商品参数 */
  param: AlibabaRetailMarketingBuygiftActivitySkuDeleteBuyGiftActivitySkuOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.buygift.activity.sku.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingBuygiftActivitySkuDeleteResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingBuygiftActivitySkuDeleteOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyGiftActivitySkuOperateRequest` of `alibaba.retail.marketing.buygift.activity.sku.delete`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuDeleteBuyGiftActivitySkuOperateRequestInput {
  /** 商品元素信息 */
  sku_elements: AlibabaRetailMarketingBuygiftActivitySkuDeleteSkuActivityElementDtoInput[];
  /** 操作活动的ID */
  act_id?: Int64Input;
  /** 操作人ID（数字类型） */
  creator_id: string;
  /** 操作人Name */
  creator_name: string;
  /** 外部erp活动id */
  out_act_id?: string;
}

/** `SkuActivityElementDto` of `alibaba.retail.marketing.buygift.activity.sku.delete`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuDeleteSkuActivityElementDtoInput {
  /** 商品编码，与商品条码必选其一，或者同时传入以商品条码为准 */
  sku_code?: string;
  /** 商品条码，与商品编码必选其一，或者同时传入以商品条码为准 */
  barcode?: string;
  /** 商品渠道配置信息 */
  sku_channel_configs?: AlibabaRetailMarketingBuygiftActivitySkuDeleteSkuChannelConfigDTOInput[];
}

/** `SkuChannelConfigDTO` of `alibaba.retail.marketing.buygift.activity.sku.delete`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuDeleteSkuChannelConfigDTOInput {
  /** 渠道编码 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channel?: string;
  /** 渠道对应的门店id列表["store001","store002"] */
  store_ids?: string[];
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.buygift.activity.sku.delete`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuDeleteOctopusOpenResult {
  /** 正常情况下data返回null */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    sku_elements: [
      {
        sku_code: 'String',
        barcode: 'String',
        sku_channel_configs: [
          {
            channel: 'String',
            store_ids: ['String'],
          },
        ],
      },
    ],
    act_id: 'Number',
    creator_id: 'String',
    creator_name: 'String',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.buygift.activity.sku.delete`: method, response root, request and response schemas. */
export const alibabaRetailMarketingBuygiftActivitySkuDeleteOperation = {
  method: 'alibaba.retail.marketing.buygift.activity.sku.delete',
  responseRoot: 'alibaba_retail_marketing_buygift_activity_sku_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除单品买赠活动商品 — calls TOP method `alibaba.retail.marketing.buygift.activity.sku.delete`.
 *
 * 删除单品买赠活动商品信息【同城零售】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingBuygiftActivitySkuDelete(
  client: TopClient,
  request: AlibabaRetailMarketingBuygiftActivitySkuDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingBuygiftActivitySkuDeleteResponse> {
  return client.call<AlibabaRetailMarketingBuygiftActivitySkuDeleteResponse>(
    {
      method: 'alibaba.retail.marketing.buygift.activity.sku.delete',
      responseRoot: 'alibaba_retail_marketing_buygift_activity_sku_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
