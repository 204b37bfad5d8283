// Generated from specs/wdk/alibaba.retail.marketing.buygift.sku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.buygift.sku.query` (查询买赠活动商品【同城零售】). */
export interface AlibabaRetailMarketingBuygiftSkuQueryRequest {
  /** 买赠商品查询入参 */
  param0: AlibabaRetailMarketingBuygiftSkuQueryBuyGiftActivitySkuQueryRequestInput;
}

/** Response of `alibaba.retail.marketing.buygift.sku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingBuygiftSkuQueryResponse {
  /** 买赠商品查询结果 */
  data?: AlibabaRetailMarketingBuygiftSkuQueryBuyGiftActivitySkuDTO[];
  /** 成功标识 */
  succeed?: boolean;
  /** 错误信息 */
  err_message?: string;
  /** 错误码 */
  err_number?: string;
  /** 分页信息 */
  page_info?: AlibabaRetailMarketingBuygiftSkuQueryPageInfoDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyGiftActivitySkuQueryRequest` of `alibaba.retail.marketing.buygift.sku.query`. */
export interface AlibabaRetailMarketingBuygiftSkuQueryBuyGiftActivitySkuQueryRequestInput {
  /** 活动ID */
  act_id?: Int64Input;
  /** 商品编码列表 */
  sku_codes?: string[];
  /** 商品条码列表 */
  bar_codes?: string[];
  /** 换购品标识 */
  exchange_sku: boolean;
  /** 分页参数 */
  page_info: AlibabaRetailMarketingBuygiftSkuQueryActivitySkuQueryDTOInput;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `ActivitySkuQueryDTO` of `alibaba.retail.marketing.buygift.sku.query`. */
export interface AlibabaRetailMarketingBuygiftSkuQueryActivitySkuQueryDTOInput {
  /** 当前页码，从1开始 */
  current: Int64Input;
  /** 页面大小 */
  page_size: Int64Input;
}

/** `BuyGiftActivitySkuDTO` of `alibaba.retail.marketing.buygift.sku.query`. */
export interface AlibabaRetailMarketingBuygiftSkuQueryBuyGiftActivitySkuDTO {
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
  /** 限购信息 */
  limit?: AlibabaRetailMarketingBuygiftSkuQueryLimitDTO;
  /** 买N赠M的N参数 */
  buy_num?: Int64;
  /** 买N赠M的M参数 */
  gift_num?: Int64;
  /** 赠品编码 */
  gift_sku_code?: string;
  /** 赠品条码 */
  gift_bar_code?: string;
}

/** `LimitDTO` of `alibaba.retail.marketing.buygift.sku.query`. */
export interface AlibabaRetailMarketingBuygiftSkuQueryLimitDTO {
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

/** `PageInfoDTO` of `alibaba.retail.marketing.buygift.sku.query`. */
export interface AlibabaRetailMarketingBuygiftSkuQueryPageInfoDTO {
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
      buy_num: 'Number',
      gift_num: 'Number',
      gift_sku_code: 'String',
      gift_bar_code: 'String',
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

/** Static description of `alibaba.retail.marketing.buygift.sku.query`: method, response root, request and response schemas. */
export const alibabaRetailMarketingBuygiftSkuQueryOperation = {
  method: 'alibaba.retail.marketing.buygift.sku.query',
  responseRoot: 'alibaba_retail_marketing_buygift_sku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询买赠活动商品【同城零售】 — calls TOP method `alibaba.retail.marketing.buygift.sku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingBuygiftSkuQuery(
  client: TopClient,
  request: AlibabaRetailMarketingBuygiftSkuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingBuygiftSkuQueryResponse> {
  return client.call<AlibabaRetailMarketingBuygiftSkuQueryResponse>(
    {
      method: 'alibaba.retail.marketing.buygift.sku.query',
      responseRoot: 'alibaba_retail_marketing_buygift_sku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
