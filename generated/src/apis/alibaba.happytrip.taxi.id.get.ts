// Generated from specs/happytrip/alibaba.happytrip.taxi.id.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.id.get` (获取请求id). */
export interface AlibabaHappytripTaxiIdGetRequest {
  /** 用户唯一标识 */
  uid?: string;
}

/** Response of `alibaba.happytrip.taxi.id.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiIdGetResponse {
  /** 错误码 */
  errno?: Int64;
  /** id获取结果 */
  data?: AlibabaHappytripTaxiIdGetGetIdResult;
  /** 错误信息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GetIdResult` of `alibaba.happytrip.taxi.id.get`. */
export interface AlibabaHappytripTaxiIdGetGetIdResult {
  /** 返回的id */
  order_id?: string;
}

const REQUEST_SCHEMA = {
  uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  data: {
    order_id: 'String',
  },
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.id.get`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiIdGetOperation = {
  method: 'alibaba.happytrip.taxi.id.get',
  responseRoot: 'alibaba_happytrip_taxi_id_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取请求id — calls TOP method `alibaba.happytrip.taxi.id.get`.
 *
 * 获取订单号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiIdGet(
  client: TopClient,
  request: AlibabaHappytripTaxiIdGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiIdGetResponse> {
  return client.call<AlibabaHappytripTaxiIdGetResponse>(
    {
      method: 'alibaba.happytrip.taxi.id.get',
      responseRoot: 'alibaba_happytrip_taxi_id_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
