// Generated from specs/interact/alibaba.interact.sensor.vibrate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.vibrate` (客户端震动). */
export interface AlibabaInteractSensorVibrateRequest {}

/** Response of `alibaba.interact.sensor.vibrate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorVibrateResponse {
  /** result=0表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.vibrate`: method, response root, request and response schemas. */
export const alibabaInteractSensorVibrateOperation = {
  method: 'alibaba.interact.sensor.vibrate',
  responseRoot: 'alibaba_interact_sensor_vibrate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客户端震动 — calls TOP method `alibaba.interact.sensor.vibrate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorVibrate(
  client: TopClient,
  request: AlibabaInteractSensorVibrateRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorVibrateResponse> {
  return client.call<AlibabaInteractSensorVibrateResponse>(
    {
      method: 'alibaba.interact.sensor.vibrate',
      responseRoot: 'alibaba_interact_sensor_vibrate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
