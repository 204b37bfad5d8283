// Generated from specs/tmallcar/tmall.car.lease.orderid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.orderid.get` (天猫开新车查询订单id). */
export interface TmallCarLeaseOrderidGetRequest {
  /** openid */
  open_id?: string;
}

/** Response of `tmall.car.lease.orderid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseOrderidGetResponse {
  /** result */
  result?: TmallCarLeaseOrderidGetResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultVo` of `tmall.car.lease.orderid.get`. */
export interface TmallCarLeaseOrderidGetResultVo {
  /** costTime */
  cost_time?: Int64;
  /** gmtCurrentTime */
  gmt_current_time?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** object */
  object?: Int64;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cost_time: 'Number',
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.lease.orderid.get`: method, response root, request and response schemas. */
export const tmallCarLeaseOrderidGetOperation = {
  method: 'tmall.car.lease.orderid.get',
  responseRoot: 'tmall_car_lease_orderid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫开新车查询订单id — calls TOP method `tmall.car.lease.orderid.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseOrderidGet(
  client: TopClient,
  request: TmallCarLeaseOrderidGetRequest = {},
  options?: CallOptions,
): Promise<TmallCarLeaseOrderidGetResponse> {
  return client.call<TmallCarLeaseOrderidGetResponse>(
    {
      method: 'tmall.car.lease.orderid.get',
      responseRoot: 'tmall_car_lease_orderid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
