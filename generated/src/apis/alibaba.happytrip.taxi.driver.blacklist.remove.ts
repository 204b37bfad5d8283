// Generated from specs/happytrip/alibaba.happytrip.taxi.driver.blacklist.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.driver.blacklist.remove` (移除司机黑名单). */
export interface AlibabaHappytripTaxiDriverBlacklistRemoveRequest {
  /** 供应商单号 */
  order_id: string;
  /** 用户唯一标识 */
  uid: string;
  /** 司机唯一标识 */
  driver_id?: string;
}

/** Response of `alibaba.happytrip.taxi.driver.blacklist.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiDriverBlacklistRemoveResponse {
  /** 错误代码 */
  errno?: string;
  /** 错误描述 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  uid: 'String',
  driver_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'String',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.driver.blacklist.remove`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiDriverBlacklistRemoveOperation = {
  method: 'alibaba.happytrip.taxi.driver.blacklist.remove',
  responseRoot: 'alibaba_happytrip_taxi_driver_blacklist_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 移除司机黑名单 — calls TOP method `alibaba.happytrip.taxi.driver.blacklist.remove`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiDriverBlacklistRemove(
  client: TopClient,
  request: AlibabaHappytripTaxiDriverBlacklistRemoveRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiDriverBlacklistRemoveResponse> {
  return client.call<AlibabaHappytripTaxiDriverBlacklistRemoveResponse>(
    {
      method: 'alibaba.happytrip.taxi.driver.blacklist.remove',
      responseRoot: 'alibaba_happytrip_taxi_driver_blacklist_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
