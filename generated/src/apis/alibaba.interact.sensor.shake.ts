// Generated from specs/interact/alibaba.interact.sensor.shake.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.shake` (摇一摇). */
export interface AlibabaInteractSensorShakeRequest {}

/** Response of `alibaba.interact.sensor.shake`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorShakeResponse {
  /** 0 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.shake`: method, response root, request and response schemas. */
export const alibabaInteractSensorShakeOperation = {
  method: 'alibaba.interact.sensor.shake',
  responseRoot: 'alibaba_interact_sensor_shake_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 摇一摇 — calls TOP method `alibaba.interact.sensor.shake`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorShake(
  client: TopClient,
  request: AlibabaInteractSensorShakeRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorShakeResponse> {
  return client.call<AlibabaInteractSensorShakeResponse>(
    {
      method: 'alibaba.interact.sensor.shake',
      responseRoot: 'alibaba_interact_sensor_shake_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
