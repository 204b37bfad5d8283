// Generated from specs/wdk/alibaba.wdk.bm.paiyang.stat.data.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.bm.paiyang.stat.data.query` (派样统计数据查询). */
export interface AlibabaWdkBmPaiyangStatDataQueryRequest {
  /** 入参对象 */
  param: AlibabaWdkBmPaiyangStatDataQueryPaiyangStatDataParamInput;
}

/** Response of `alibaba.wdk.bm.paiyang.stat.data.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkBmPaiyangStatDataQueryResponse {
  /** 出参对象 */
  result?: AlibabaWdkBmPaiyangStatDataQueryBmPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaiyangStatDataParam` of `alibaba.wdk.bm.paiyang.stat.data.query`. */
export interface AlibabaWdkBmPaiyangStatDataQueryPaiyangStatDataParamInput {
  /** 经营店编码 */
  shop_code?: string;
  /** 统计时间 */
  stat_date: DateInput;
  /** 分页页码 */
  current: Int64Input;
  /** 活动id集合，最大支持20个 */
  activity_id_list?: string[];
  /** 69码集合，最大支持20个 */
  barcode_list?: string[];
  /** 分页页大小 */
  page_size?: Int64Input;
}

/** `BmPageResult` of `alibaba.wdk.bm.paiyang.stat.data.query`. */
export interface AlibabaWdkBmPaiyangStatDataQueryBmPageResult {
  /** 当前页码 */
  current?: Int64;
  /** 总条数 */
  total?: Int64;
  /** 对应data */
  data?: AlibabaWdkBmPaiyangStatDataQueryPaiyangStatDataResult[];
  /** 成功 */
  success?: boolean;
  /** 总页数 */
  total_page?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 页大小 */
  page_size?: Int64;
  /** 错误信息 */
  message?: string;
}

/** `PaiyangStatDataResult` of `alibaba.wdk.bm.paiyang.stat.data.query`. */
export interface AlibabaWdkBmPaiyangStatDataQueryPaiyangStatDataResult {
  /** 统计时间 */
  stat_date?: string;
  /** 活动id */
  activity_id?: string;
  /** 活动名称 */
  activity_name?: string;
  /** 优惠券id */
  template_code?: string;
  /** 优惠券名称 */
  coupon_name?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 商家名称 */
  merchant_name?: string;
  /** 子公司编码 */
  subsidiary_code?: string;
  /** 子公司名称 */
  subsidiary_name?: string;
  /** 经营店编码 */
  shop_code?: string;
  /** 经营点名称 */
  shop_name?: string;
  /** 69码列表 */
  barcode_list?: string;
  /** 当天使用优惠券张数 */
  pos_use_cpn_cnt1d?: string;
  /** 按天分区字段 */
  ds?: string;
}

const REQUEST_SCHEMA = {
  param: {
    shop_code: 'String',
    stat_date: 'Date',
    current: 'Number',
    activity_id_list: ['String'],
    barcode_list: ['String'],
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    current: 'Number',
    total: 'Number',
    data: [
      {
        stat_date: 'Date',
        activity_id: 'String',
        activity_name: 'String',
        template_code: 'String',
        coupon_name: 'String',
        merchant_code: 'String',
        merchant_name: 'String',
        subsidiary_code: 'String',
        subsidiary_name: 'String',
        shop_code: 'String',
        shop_name: 'String',
        barcode_list: 'String',
        pos_use_cpn_cnt1d: 'String',
        ds: 'String',
      },
    ],
    success: 'Boolean',
    total_page: 'Number',
    error_code: 'String',
    page_size: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.bm.paiyang.stat.data.query`: method, response root, request and response schemas. */
export const alibabaWdkBmPaiyangStatDataQueryOperation = {
  method: 'alibaba.wdk.bm.paiyang.stat.data.query',
  responseRoot: 'alibaba_wdk_bm_paiyang_stat_data_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 派样统计数据查询 — calls TOP method `alibaba.wdk.bm.paiyang.stat.data.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkBmPaiyangStatDataQuery(
  client: TopClient,
  request: AlibabaWdkBmPaiyangStatDataQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkBmPaiyangStatDataQueryResponse> {
  return client.call<AlibabaWdkBmPaiyangStatDataQueryResponse>(
    {
      method: 'alibaba.wdk.bm.paiyang.stat.data.query',
      responseRoot: 'alibaba_wdk_bm_paiyang_stat_data_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
