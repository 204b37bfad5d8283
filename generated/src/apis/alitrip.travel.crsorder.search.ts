// Generated from specs/car/alitrip.travel.crsorder.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.crsorder.search` (CRS接送机订单列表搜索). */
export interface AlitripTravelCrsorderSearchRequest {
  /** 订单状态，10-待派单，20-待用车，30-已取消，40-待处理退款申请，60-已关闭，70-已完成 */
  crs_order_status: Int64Input;
  /** 用车时间-起始 */
  begin_car_use_time?: DateInput;
  /** 页大小，默认20 */
  page_size?: Int64Input;
  /** 用车时间-终止 */
  end_car_use_time?: DateInput;
  /** 当前页，默认值1 */
  current_page?: Int64Input;
  /** 支付时间-终止 */
  end_pay_time?: DateInput;
  /** 支付时间-起始 */
  begin_pay_time?: DateInput;
  /** 取消时间-起始 */
  begin_cancel_time?: DateInput;
  /** 取消时间-终止 */
  end_cancel_time?: DateInput;
}

/** Response of `alitrip.travel.crsorder.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelCrsorderSearchResponse {
  /** 订单id列表（string类型） */
  order_string_list?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  crs_order_status: 'Number',
  begin_car_use_time: 'Date',
  page_size: 'Number',
  end_car_use_time: 'Date',
  current_page: 'Number',
  end_pay_time: 'Date',
  begin_pay_time: 'Date',
  begin_cancel_time: 'Date',
  end_cancel_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_string_list: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.crsorder.search`: method, response root, request and response schemas. */
export const alitripTravelCrsorderSearchOperation = {
  method: 'alitrip.travel.crsorder.search',
  responseRoot: 'alitrip_travel_crsorder_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CRS接送机订单列表搜索 — calls TOP method `alitrip.travel.crsorder.search`.
 *
 * 提供给CRS商家搜索订单列表，仅返回订单号列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelCrsorderSearch(
  client: TopClient,
  request: AlitripTravelCrsorderSearchRequest,
  options?: CallOptions,
): Promise<AlitripTravelCrsorderSearchResponse> {
  return client.call<AlitripTravelCrsorderSearchResponse>(
    {
      method: 'alitrip.travel.crsorder.search',
      responseRoot: 'alitrip_travel_crsorder_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
