// Generated from specs/happytrip/alibaba.happytrip.taxi.order.assign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.order.assign` (订单指派). */
export interface AlibabaHappytripTaxiOrderAssignRequest {
  /** 供应商订单号 */
  order_id: string;
}

/** Response of `alibaba.happytrip.taxi.order.assign`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiOrderAssignResponse {
  /** 错误代码 */
  errno?: Int64;
  /** 错误描述 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.order.assign`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiOrderAssignOperation = {
  method: 'alibaba.happytrip.taxi.order.assign',
  responseRoot: 'alibaba_happytrip_taxi_order_assign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单指派 — calls TOP method `alibaba.happytrip.taxi.order.assign`.
 *
 * 通知供应商订单指派成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiOrderAssign(
  client: TopClient,
  request: AlibabaHappytripTaxiOrderAssignRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiOrderAssignResponse> {
  return client.call<AlibabaHappytripTaxiOrderAssignResponse>(
    {
      method: 'alibaba.happytrip.taxi.order.assign',
      responseRoot: 'alibaba_happytrip_taxi_order_assign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
