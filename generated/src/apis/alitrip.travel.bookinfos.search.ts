// Generated from specs/traveltrade/alitrip.travel.bookinfos.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.bookinfos.search` (飞猪度假-订单预定信息列表搜索接口). */
export interface AlitripTravelBookinfosSearchRequest {
  /** 申请时间_结束，精确到分钟 */
  apply_time_end: DateInput;
  /** 页面大小，最大支持的页面大小为100。如查询旅行购订单，则最大支持的页面大小为30 */
  page_size?: Int64Input;
  /** 当前页 */
  current_page?: Int64Input;
  /** 申请时间_开始，精确到分钟 */
  apply_time_start: DateInput;
}

/** Response of `alitrip.travel.bookinfos.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelBookinfosSearchResponse {
  /** 总数 */
  total_results?: Int64;
  /** 订单及预约id映射列表 */
  order_book_info_list?: AlitripTravelBookinfosSearchFirstResult[];
  /** 错误信息 */
  error_msg?: string;
  /** true或false */
  is_success?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FirstResult` of `alitrip.travel.bookinfos.search`. */
export interface AlitripTravelBookinfosSearchFirstResult {
  /** 预约订单ID */
  book_order_id?: Int64;
  /** TC子订单号 */
  sub_tc_order_id?: Int64;
  /** 预约ID(主键) */
  book_info_id?: Int64;
  /** TC主订单号 */
  tc_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  apply_time_end: 'Date',
  page_size: 'Number',
  current_page: 'Number',
  apply_time_start: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  order_book_info_list: [
    {
      book_order_id: 'Number',
      sub_tc_order_id: 'Number',
      book_info_id: 'Number',
      tc_order_id: 'Number',
    },
  ],
  error_msg: 'String',
  is_success: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.bookinfos.search`: method, response root, request and response schemas. */
export const alitripTravelBookinfosSearchOperation = {
  method: 'alitrip.travel.bookinfos.search',
  responseRoot: 'alitrip_travel_bookinfos_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪度假-订单预定信息列表搜索接口 — calls TOP method `alitrip.travel.bookinfos.search`.
 *
 * 查询订单预定信息列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelBookinfosSearch(
  client: TopClient,
  request: AlitripTravelBookinfosSearchRequest,
  options?: CallOptions,
): Promise<AlitripTravelBookinfosSearchResponse> {
  return client.call<AlitripTravelBookinfosSearchResponse>(
    {
      method: 'alitrip.travel.bookinfos.search',
      responseRoot: 'alitrip_travel_bookinfos_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
