// Generated from specs/happytrip/alibaba.happytrip.taxi.driver.blacklist.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.driver.blacklist.add` (添加司机黑名单). */
export interface AlibabaHappytripTaxiDriverBlacklistAddRequest {
  /** 供应商单号 */
  order_id: string;
  /** 用户唯一标识 */
  uid: string;
  /** 司机唯一标识 */
  driver_id?: string;
}

/** Response of `alibaba.happytrip.taxi.driver.blacklist.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiDriverBlacklistAddResponse {
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

/** Static description of `alibaba.happytrip.taxi.driver.blacklist.add`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiDriverBlacklistAddOperation = {
  method: 'alibaba.happytrip.taxi.driver.blacklist.add',
  responseRoot: 'alibaba_happytrip_taxi_driver_blacklist_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加司机黑名单 — calls TOP method `alibaba.happytrip.taxi.driver.blacklist.add`.
 *
 * 实现用户1对1永久拉黑司机，如果不支持永久拉黑，则在自动解禁黑名单司机时需回调通知欢行
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiDriverBlacklistAdd(
  client: TopClient,
  request: AlibabaHappytripTaxiDriverBlacklistAddRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiDriverBlacklistAddResponse> {
  return client.call<AlibabaHappytripTaxiDriverBlacklistAddResponse>(
    {
      method: 'alibaba.happytrip.taxi.driver.blacklist.add',
      responseRoot: 'alibaba_happytrip_taxi_driver_blacklist_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
