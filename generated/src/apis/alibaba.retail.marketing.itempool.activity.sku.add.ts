// Generated from specs/wdk/alibaba.retail.marketing.itempool.activity.sku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itempool.activity.sku.add` (商品池活动新增商品). */
export interface AlibabaRetailMarketingItempoolActivitySkuAddRequest {
  /** 入参 */
  param: AlibabaRetailMarketingItempoolActivitySkuAddItemPoolActivityElementOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itempool.activity.sku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItempoolActivitySkuAddResponse {
  /** 出参 */
  result?: AlibabaRetailMarketingItempoolActivitySkuAddOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivityElementOperateRequest` of `alibaba.retail.marketing.itempool.activity.sku.add`. */
export interface AlibabaRetailMarketingItempoolActivitySkuAddItemPoolActivityElementOperateRequestInput {
  /** 商品元素列表 */
  sku_elements: AlibabaRetailMarketingItempoolActivitySkuAddItemPoolSkuActivityElementDtoInput[];
  /** 同城零售活动id */
  act_id?: Int64Input;
  /** 操作人id */
  creator_id: string;
  /** 操作人名称 */
  creator_name: string;
  /** 商品所属分组序号，默认单个分组则填1 */
  group_number: Int64Input;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `ItemPoolSkuActivityElementDto` of `alibaba.retail.marketing.itempool.activity.sku.add`. */
export interface AlibabaRetailMarketingItempoolActivitySkuAddItemPoolSkuActivityElementDtoInput {
  /** 商品编码，与商品条码必选其一，或者同时传入以商品条码为准 */
  sku_code?: string;
  /** 换购价（单位分） */
  exchange_price?: Int64Input;
  /** 商品条码，与商品编码必选其一，或者同时传入以商品条码为准 */
  barcode?: string;
  /** 商品渠道配置信息 */
  sku_channel_configs?: AlibabaRetailMarketingItempoolActivitySkuAddSkuChannelConfigDTOInput[];
}

/** `SkuChannelConfigDTO` of `alibaba.retail.marketing.itempool.activity.sku.add`. */
export interface AlibabaRetailMarketingItempoolActivitySkuAddSkuChannelConfigDTOInput {
  /** 渠道编码 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channel?: string;
  /** 渠道对应的门店id列表["store001","store002"] */
  store_ids?: string[];
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itempool.activity.sku.add`. */
export interface AlibabaRetailMarketingItempoolActivitySkuAddOctopusOpenResult {
  /** 空值 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误提示文案 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 部分失败的商品编码列表 */
  failed_sku_codes?: string[];
}

const REQUEST_SCHEMA = {
  param: {
    sku_elements: [
      {
        sku_code: 'String',
        exchange_price: 'Number',
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
    failed_sku_codes: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itempool.activity.sku.add`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItempoolActivitySkuAddOperation = {
  method: 'alibaba.retail.marketing.itempool.activity.sku.add',
  responseRoot: 'alibaba_retail_marketing_itempool_activity_sku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品池活动新增商品 — calls TOP method `alibaba.retail.marketing.itempool.activity.sku.add`.
 *
 * 新增或更新商品池活动商品信息【同城零售】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItempoolActivitySkuAdd(
  client: TopClient,
  request: AlibabaRetailMarketingItempoolActivitySkuAddRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItempoolActivitySkuAddResponse> {
  return client.call<AlibabaRetailMarketingItempoolActivitySkuAddResponse>(
    {
      method: 'alibaba.retail.marketing.itempool.activity.sku.add',
      responseRoot: 'alibaba_retail_marketing_itempool_activity_sku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
