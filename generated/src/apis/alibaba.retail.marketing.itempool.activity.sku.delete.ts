// Generated from specs/wdk/alibaba.retail.marketing.itempool.activity.sku.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itempool.activity.sku.delete` (删除商品池活动商品【同城零售】). */
export interface AlibabaRetailMarketingItempoolActivitySkuDeleteRequest {
  /** 入参 */
  param: AlibabaRetailMarketingItempoolActivitySkuDeleteItemPoolActivityElementOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itempool.activity.sku.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItempoolActivitySkuDeleteResponse {
  /** 出参 */
  result?: AlibabaRetailMarketingItempoolActivitySkuDeleteOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivityElementOperateRequest` of `alibaba.retail.marketing.itempool.activity.sku.delete`. */
export interface AlibabaRetailMarketingItempoolActivitySkuDeleteItemPoolActivityElementOperateRequestInput {
  /** 商品元素列表 */
  sku_elements: AlibabaRetailMarketingItempoolActivitySkuDeleteItemPoolSkuActivityElementDtoInput[];
  /** 同城零售活动id */
  act_id?: Int64Input;
  /** 操作人id */
  creator_id: string;
  /** 操作人名称 */
  creator_name: string;
  /** 商品所属分组序号 */
  group_number: Int64Input;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `ItemPoolSkuActivityElementDto` of `alibaba.retail.marketing.itempool.activity.sku.delete`. */
export interface AlibabaRetailMarketingItempoolActivitySkuDeleteItemPoolSkuActivityElementDtoInput {
  /** 商品编码，与商品条码必选其一，或者同时传入以商品条码为准 */
  sku_code?: string;
  /** 商品条码，与商品编码必选其一，或者同时传入以商品条码为准 */
  barcode?: string;
  /** 商品渠道配置信息 */
  sku_channel_configs?: AlibabaRetailMarketingItempoolActivitySkuDeleteSkuChannelConfigDTOInput[];
}

/** `SkuChannelConfigDTO` of `alibaba.retail.marketing.itempool.activity.sku.delete`. */
export interface AlibabaRetailMarketingItempoolActivitySkuDeleteSkuChannelConfigDTOInput {
  /** 渠道编码 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channel?: string;
  /** 渠道对应的门店id列表 例["store001","store002"] */
  store_ids?: string[];
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itempool.activity.sku.delete`. */
export interface AlibabaRetailMarketingItempoolActivitySkuDeleteOctopusOpenResult {
  /** 空值 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误提示文案 */
  error_message?: string;
  /** 错误码 */
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
    group_number: 'Number',
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

/** Static description of `alibaba.retail.marketing.itempool.activity.sku.delete`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItempoolActivitySkuDeleteOperation = {
  method: 'alibaba.retail.marketing.itempool.activity.sku.delete',
  responseRoot: 'alibaba_retail_marketing_itempool_activity_sku_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除商品池活动商品【同城零售】 — calls TOP method `alibaba.retail.marketing.itempool.activity.sku.delete`.
 *
 * 删除商品池活动商品信息【同城零售】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItempoolActivitySkuDelete(
  client: TopClient,
  request: AlibabaRetailMarketingItempoolActivitySkuDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItempoolActivitySkuDeleteResponse> {
  return client.call<AlibabaRetailMarketingItempoolActivitySkuDeleteResponse>(
    {
      method: 'alibaba.retail.marketing.itempool.activity.sku.delete',
      responseRoot: 'alibaba_retail_marketing_itempool_activity_sku_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
