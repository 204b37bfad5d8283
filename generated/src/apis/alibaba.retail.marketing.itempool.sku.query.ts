// Generated from specs/wdk/alibaba.retail.marketing.itempool.sku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itempool.sku.query` (查询商品池活动商品【同城零售】). */
export interface AlibabaRetailMarketingItempoolSkuQueryRequest {
  /** 请求入参 */
  param0: AlibabaRetailMarketingItempoolSkuQueryItemPoolActivitySkuQueryRequestInput;
}

/** Response of `alibaba.retail.marketing.itempool.sku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItempoolSkuQueryResponse {
  /** 响应体 */
  data?: AlibabaRetailMarketingItempoolSkuQueryItemPoolSkuActivityElementDTO[];
  /** 成功标识 */
  succeed?: boolean;
  /** 错误信息 */
  err_message?: string;
  /** 错误码 */
  err_number?: string;
  /** 分页信息 */
  page_info?: AlibabaRetailMarketingItempoolSkuQueryPageInfoDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivitySkuQueryRequest` of `alibaba.retail.marketing.itempool.sku.query`. */
export interface AlibabaRetailMarketingItempoolSkuQueryItemPoolActivitySkuQueryRequestInput {
  /** 活动ID */
  act_id?: string;
  /** 商品编码列表 */
  sku_codes?: string[];
  /** 商品条码列表 */
  bar_codes?: string[];
  /** 换购品标识 */
  exchange_sku: boolean;
  /** 分页查询参数 */
  page_info: AlibabaRetailMarketingItempoolSkuQueryActivitySkuQueryDTOInput;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `ActivitySkuQueryDTO` of `alibaba.retail.marketing.itempool.sku.query`. */
export interface AlibabaRetailMarketingItempoolSkuQueryActivitySkuQueryDTOInput {
  /** 当前页码，从1开始 */
  current: Int64Input;
  /** 页面大小 */
  page_size: Int64Input;
}

/** `ItemPoolSkuActivityElementDTO` of `alibaba.retail.marketing.itempool.sku.query`. */
export interface AlibabaRetailMarketingItempoolSkuQueryItemPoolSkuActivityElementDTO {
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
  limit?: AlibabaRetailMarketingItempoolSkuQueryLimitDTO;
  /** 商品换购价 单位分 */
  exchange_price?: Int64;
}

/** `LimitDTO` of `alibaba.retail.marketing.itempool.sku.query`. */
export interface AlibabaRetailMarketingItempoolSkuQueryLimitDTO {
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

/** `PageInfoDTO` of `alibaba.retail.marketing.itempool.sku.query`. */
export interface AlibabaRetailMarketingItempoolSkuQueryPageInfoDTO {
  /** 总数 */
  total?: Int64;
  /** 总数页 */
  pages?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 当前页数 */
  page_num?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    act_id: 'String',
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
      exchange_price: 'Number',
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

/** Static description of `alibaba.retail.marketing.itempool.sku.query`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItempoolSkuQueryOperation = {
  method: 'alibaba.retail.marketing.itempool.sku.query',
  responseRoot: 'alibaba_retail_marketing_itempool_sku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品池活动商品【同城零售】 — calls TOP method `alibaba.retail.marketing.itempool.sku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItempoolSkuQuery(
  client: TopClient,
  request: AlibabaRetailMarketingItempoolSkuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItempoolSkuQueryResponse> {
  return client.call<AlibabaRetailMarketingItempoolSkuQueryResponse>(
    {
      method: 'alibaba.retail.marketing.itempool.sku.query',
      responseRoot: 'alibaba_retail_marketing_itempool_sku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
