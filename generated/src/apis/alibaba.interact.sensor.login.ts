// Generated from specs/interact/alibaba.interact.sensor.login.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.login` (获取登陆页面). */
export interface AlibabaInteractSensorLoginRequest {}

/** Response of `alibaba.interact.sensor.login`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorLoginResponse {
  /** return=0表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.login`: method, response root, request and response schemas. */
export const alibabaInteractSensorLoginOperation = {
  method: 'alibaba.interact.sensor.login',
  responseRoot: 'alibaba_interact_sensor_login_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取登陆页面 — calls TOP method `alibaba.interact.sensor.login`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorLogin(
  client: TopClient,
  request: AlibabaInteractSensorLoginRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorLoginResponse> {
  return client.call<AlibabaInteractSensorLoginResponse>(
    {
      method: 'alibaba.interact.sensor.login',
      responseRoot: 'alibaba_interact_sensor_login_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
