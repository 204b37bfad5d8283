// Generated from specs/flightuppc/alitrip.flight.flightchange.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.flightchange.order.query` (订单维度航变查询). */
export interface AlitripFlightFlightchangeOrderQueryRequest {
  /** 航变信息查询请求体 */
  query_flight_change_order_req: AlitripFlightFlightchangeOrderQueryQueryFlightChangeOrderReqInput;
}

/** Response of `alitrip.flight.flightchange.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightFlightchangeOrderQueryResponse {
  /** 航变信息查询结果 */
  result?: AlitripFlightFlightchangeOrderQueryFlightChangeOrderDTO[];
  /** 调用成功标志 */
  is_success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryFlightChangeOrderReq` of `alitrip.flight.flightchange.order.query`. */
export interface AlitripFlightFlightchangeOrderQueryQueryFlightChangeOrderReqInput {
  /** 订单号 */
  order_id: Int64Input;
}

/** `FlightChangeOrderDTO` of `alitrip.flight.flightchange.order.query`. */
export interface AlitripFlightFlightchangeOrderQueryFlightChangeOrderDTO {
  /** 订单号 */
  order_id?: Int64;
  /** 航变信息 */
  flight_change?: AlitripFlightFlightchangeOrderQueryFlightChangeDTO;
}

/** `FlightChangeDTO` of `alitrip.flight.flightchange.order.query`. */
export interface AlitripFlightFlightchangeOrderQueryFlightChangeDTO {
  /** 航班号 */
  old_flight_no?: string;
  /** 原航班日期 */
  old_flight_date?: string;
  /** 出发机场三字码 */
  old_depart_code?: string;
  /** 到达机场三字码 */
  old_arrive_code?: string;
  /** 出发时间 */
  old_depart_time?: string;
  /** 到达时间 */
  old_arrive_time?: string;
  /** 新航班号 */
  new_flight_no?: string;
  /** 新航班日期 */
  new_flight_date?: string;
  /** 新出发机场三字码 */
  new_depart_code?: string;
  /** 新到达机场三字码 */
  new_arrive_code?: string;
  /** 新出发时间 */
  new_depart_time?: string;
  /** 新到达时间 */
  new_arrive_time?: string;
  /** 航变时间 */
  change_time?: string;
  /** 航变类型,1为取消，2为变更 */
  change_type?: Int64;
  /** 航变原因 */
  change_reason?: string;
  /** 航变子原因，如延误、恢复、航班保护，详情见新京杭航变接入文档 */
  sub_type?: Int64;
}

const REQUEST_SCHEMA = {
  query_flight_change_order_req: {
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      order_id: 'Number',
      flight_change: {
        old_flight_no: 'String',
        old_flight_date: 'String',
        old_depart_code: 'String',
        old_arrive_code: 'String',
        old_depart_time: 'String',
        old_arrive_time: 'String',
        new_flight_no: 'String',
        new_flight_date: 'String',
        new_depart_code: 'String',
        new_arrive_code: 'String',
        new_depart_time: 'String',
        new_arrive_time: 'String',
        change_time: 'String',
        change_type: 'Number',
        change_reason: 'String',
        sub_type: 'Number',
      },
    },
  ],
  is_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.flightchange.order.query`: method, response root, request and response schemas. */
export const alitripFlightFlightchangeOrderQueryOperation = {
  method: 'alitrip.flight.flightchange.order.query',
  responseRoot: 'alitrip_flight_flightchange_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单维度航变查询 — calls TOP method `alitrip.flight.flightchange.order.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightFlightchangeOrderQuery(
  client: TopClient,
  request: AlitripFlightFlightchangeOrderQueryRequest,
  options?: CallOptions,
): Promise<AlitripFlightFlightchangeOrderQueryResponse> {
  return client.call<AlitripFlightFlightchangeOrderQueryResponse>(
    {
      method: 'alitrip.flight.flightchange.order.query',
      responseRoot: 'alitrip_flight_flightchange_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
