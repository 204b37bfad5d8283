// Generated from specs/wdk/alibaba.retail.marketing.itemdiscount.activity.sku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itemdiscount.activity.sku.add` (特价活动新增商品). */
export interface AlibabaRetailMarketingItemdiscountActivitySkuAddRequest {
  /** 添加活动商品参数 */
  param: AlibabaRetailMarketingItemdiscountActivitySkuAddItemDiscountActivityElementOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itemdiscount.activity.sku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuAddResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingItemdiscountActivitySkuAddOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivityElementOperateRequest` of `alibaba.retail.marketing.itemdiscount.activity.sku.add`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuAddItemDiscountActivityElementOperateRequestInput {
  /** 商品元素信息 */
  sku_elements: AlibabaRetailMarketingItemdiscountActivitySkuAddSkuActivityElementDtoInput[];
  /** 操作活动的ID */
  act_id?: Int64Input;
  /** 操作人ID（仅支持数字类型） */
  creator_id: string;
  /** 操作人Name */
  creator_name: string;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `SkuActivityElementDto` of `alibaba.retail.marketing.itemdiscount.activity.sku.add`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuAddSkuActivityElementDtoInput {
  /** 商品编码，与商品条码必选其一，或者同时传入以商品条码为准 */
  sku_code?: string;
  /** 一口价金额【分】 */
  fix_price_money?: Int64Input;
  /** 打折金额【1000位底数】，900代表9折 */
  discount_rate?: Int64Input;
  /** 减钱金额【分】 */
  decrease_money?: Int64Input;
  /** 限购配置信息 */
  limit?: AlibabaRetailMarketingItemdiscountActivitySkuAddLimitDtoInput;
  /** 商品条码，与商品编码必选其一，或者同时传入以商品条码为准 */
  barcode?: string;
  /** 商品渠道配置信息 */
  sku_channel_configs?: AlibabaRetailMarketingItemdiscountActivitySkuAddSkuChannelConfigDTOInput[];
}

/** `LimitDto` of `alibaba.retail.marketing.itemdiscount.activity.sku.add`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuAddLimitDtoInput {
  /** 活动总限购 */
  total_limit_cnt?: Int64Input;
  /** 活动每日限购 */
  daily_total_limit_cnt?: Int64Input;
  /** 用户总限购 */
  user_total_limit_cnt?: Int64Input;
  /** 用户每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 用户每单限购 */
  order_limit_cnt?: Int64Input;
}

/** `SkuChannelConfigDTO` of `alibaba.retail.marketing.itemdiscount.activity.sku.add`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuAddSkuChannelConfigDTOInput {
  /** 渠道编码 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channel?: string;
  /** 渠道对应的门店id列表["store001","store002"] */
  store_ids?: string[];
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itemdiscount.activity.sku.add`. */
export interface AlibabaRetailMarketingItemdiscountActivitySkuAddOctopusOpenResult {
  /** 无用字段（废弃） */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 部分失败的商品编码列表 */
  failed_sku_codes?: string[];
}

const REQUEST_SCHEMA = {
  param: {
    sku_elements: [
      {
        sku_code: 'String',
        fix_price_money: 'Number',
        discount_rate: 'Number',
        decrease_money: 'Number',
        limit: {
          total_limit_cnt: 'Number',
          daily_total_limit_cnt: 'Number',
          user_total_limit_cnt: 'Number',
          user_daily_limit_cnt: 'Number',
          order_limit_cnt: 'Number',
        },
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
    failed_sku_codes: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itemdiscount.activity.sku.add`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItemdiscountActivitySkuAddOperation = {
  method: 'alibaba.retail.marketing.itemdiscount.activity.sku.add',
  responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_sku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 特价活动新增商品 — calls TOP method `alibaba.retail.marketing.itemdiscount.activity.sku.add`.
 *
 * 新增或更新活动商品信息【同城零售】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItemdiscountActivitySkuAdd(
  client: TopClient,
  request: AlibabaRetailMarketingItemdiscountActivitySkuAddRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItemdiscountActivitySkuAddResponse> {
  return client.call<AlibabaRetailMarketingItemdiscountActivitySkuAddResponse>(
    {
      method: 'alibaba.retail.marketing.itemdiscount.activity.sku.add',
      responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_sku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
