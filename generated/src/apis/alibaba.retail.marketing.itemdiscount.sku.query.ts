// Generated from specs/wdk/alibaba.retail.marketing.itemdiscount.sku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itemdiscount.sku.query` (查询单品特价活动商品【同城零售】). */
export interface AlibabaRetailMarketingItemdiscountSkuQueryRequest {
  /** 请求体 */
  param0: AlibabaRetailMarketingItemdiscountSkuQueryItemDiscountActivitySkuQueryRequestInput;
}

/** Response of `alibaba.retail.marketing.itemdiscount.sku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItemdiscountSkuQueryResponse {
  /** 响应体 */
  data?: AlibabaRetailMarketingItemdiscountSkuQuerySkuActivityElementDTO[];
  /** 成功标识 */
  succeed?: boolean;
  /** 错误信息 */
  err_message?: string;
  /** 错误码 */
  err_number?: string;
  /** 分页信息 */
  page_info?: AlibabaRetailMarketingItemdiscountSkuQueryPageInfoDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivitySkuQueryRequest` of `alibaba.retail.marketing.itemdiscount.sku.query`. */
export interface AlibabaRetailMarketingItemdiscountSkuQueryItemDiscountActivitySkuQueryRequestInput {
  /** 活动ID */
  act_id?: Int64Input;
  /** 商品编码列表 */
  sku_codes?: string[];
  /** 商品条码列表 */
  bar_codes?: string[];
  /** 换购品标识 */
  exchange_sku?: boolean;
  /** 分页查询参数 */
  page_info: AlibabaRetailMarketingItemdiscountSkuQueryActivitySkuQueryDTOInput;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `ActivitySkuQueryDTO` of `alibaba.retail.marketing.itemdiscount.sku.query`. */
export interface AlibabaRetailMarketingItemdiscountSkuQueryActivitySkuQueryDTOInput {
  /** 当前页码，从1开始 */
  current: Int64Input;
  /** 页面大小 */
  page_size: Int64Input;
}

/** `SkuActivityElementDTO` of `alibaba.retail.marketing.itemdiscount.sku.query`. */
export interface AlibabaRetailMarketingItemdiscountSkuQuerySkuActivityElementDTO {
  /** 营销活动ID */
  act_id?: Int64;
  /** 操作人ID */
  creator_id?: string;
  /** 操作人姓名 */
  creator_name?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 商品条码 */
  bar_code?: string;
  /** 商品限购 */
  limit?: AlibabaRetailMarketingItemdiscountSkuQueryLimitDTO;
  /** 减钱金额(分为单位) */
  decrease_money?: Int64;
  /** 打几折 例如9折，该值为 900 */
  discount_rate?: Int64;
  /** 一口价金额 -- (分为单位) */
  fix_price_money?: Int64;
}

/** `LimitDTO` of `alibaba.retail.marketing.itemdiscount.sku.query`. */
export interface AlibabaRetailMarketingItemdiscountSkuQueryLimitDTO {
  /** 活动商品总限购 */
  total_limit_cnt?: Int64;
  /** 每日总限购 */
  daily_total_limit_cnt?: Int64;
  /** 用户总限购 */
  user_total_limit_cnt?: Int64;
  /** 用户每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 每单限购 */
  order_limit_cnt?: Int64;
}

/** `PageInfoDTO` of `alibaba.retail.marketing.itemdiscount.sku.query`. */
export interface AlibabaRetailMarketingItemdiscountSkuQueryPageInfoDTO {
  /** 总数 */
  total?: Int64;
  /** 总页数 */
  pages?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 当前页数 */
  page_num?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    act_id: 'Number',
    sku_codes: ['String'],
    bar_codes: ['String'],
    exchange_sku: 'Boolean',
    page_info: {
      current: 'Number',
      page_size: 'Number',
    },
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      act_id: 'Number',
      creator_id: 'String',
      creator_name: 'String',
      sku_code: 'String',
      bar_code: 'String',
      limit: {
        total_limit_cnt: 'Number',
        daily_total_limit_cnt: 'Number',
        user_total_limit_cnt: 'Number',
        user_daily_limit_cnt: 'Number',
        order_limit_cnt: 'Number',
      },
      decrease_money: 'Number',
      discount_rate: 'Number',
      fix_price_money: 'Number',
    },
  ],
  succeed: 'Boolean',
  err_message: 'String',
  err_number: 'String',
  page_info: {
    total: 'Number',
    pages: 'Number',
    page_size: 'Number',
    page_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itemdiscount.sku.query`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItemdiscountSkuQueryOperation = {
  method: 'alibaba.retail.marketing.itemdiscount.sku.query',
  responseRoot: 'alibaba_retail_marketing_itemdiscount_sku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单品特价活动商品【同城零售】 — calls TOP method `alibaba.retail.marketing.itemdiscount.sku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItemdiscountSkuQuery(
  client: TopClient,
  request: AlibabaRetailMarketingItemdiscountSkuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItemdiscountSkuQueryResponse> {
  return client.call<AlibabaRetailMarketingItemdiscountSkuQueryResponse>(
    {
      method: 'alibaba.retail.marketing.itemdiscount.sku.query',
      responseRoot: 'alibaba_retail_marketing_itemdiscount_sku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
