// Generated from specs/wdk/alibaba.retail.marketing.itemdiscount.activity.sku.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itemdiscount.activity.sku.delete` (删除特价活动商品). */
export interface AlibabaRetailMarketingItemdiscountActivitySkuDeleteRequest {
  /** 添加活动商品参数 */
  param: AlibabaRetailMarketingItemdiscountActivitySkuDeleteItemDiscountActivityElementOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itemdiscount.activity.sku.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuDeleteResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingItemdiscountActivitySkuDeleteOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivityElementOperateRequest` of `alibaba.retail.marketing.itemdiscount.activity.sku.delete`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuDeleteItemDiscountActivityElementOperateRequestInput {
  /** 商品元素信息 */
  sku_elements: AlibabaRetailMarketingItemdiscountActivitySkuDeleteSkuActivityElementDtoInput[];
  /** 操作活动的ID */
  act_id?: Int64Input;
  /** 操作人ID（仅支持数字类型） */
  creator_id: string;
  /** 操作人Name */
  creator_name: string;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `SkuActivityElementDto` of `alibaba.retail.marketing.itemdiscount.activity.sku.delete`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuDeleteSkuActivityElementDtoInput {
  /** 商品编码，与商品条码必选其一，或者同时传入以商品条码为准 */
  sku_code?: string;
  /** 商品条码，与商品编码必选其一，或者同时传入以商品条码为准 */
  barcode?: string;
  /** 商品渠道配置信息 */
  sku_channel_configs?: AlibabaRetailMarketingItemdiscountActivitySkuDeleteSkuChannelConfigDTOInput[];
}

/** `SkuChannelConfigDTO` of `alibaba.retail.marketing.itemdiscount.activity.sku.delete`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuDeleteSkuChannelConfigDTOInput {
  /** 渠道编码 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channel?: string;
  /** 渠道对应的门店id列表["store001","store002"] */
  store_ids?: string[];
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itemdiscount.activity.sku.delete`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuDeleteOctopusOpenResult {
  /** 无用字段（已废弃） */
  data?: Int64;
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
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itemdiscount.activity.sku.delete`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItemdiscountActivitySkuDeleteOperation = {
  method: 'alibaba.retail.marketing.itemdiscount.activity.sku.delete',
  responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_sku_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除特价活动商品 — calls TOP method `alibaba.retail.marketing.itemdiscount.activity.sku.delete`.
 *
 * 删除活动商品信息【同城零售】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItemdiscountActivitySkuDelete(
  client: TopClient,
  request: AlibabaRetailMarketingItemdiscountActivitySkuDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItemdiscountActivitySkuDeleteResponse> {
  return client.call<AlibabaRetailMarketingItemdiscountActivitySkuDeleteResponse>(
    {
      method: 'alibaba.retail.marketing.itemdiscount.activity.sku.delete',
      responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_sku_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
