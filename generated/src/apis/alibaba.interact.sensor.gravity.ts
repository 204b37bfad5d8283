// Generated from specs/interact/alibaba.interact.sensor.gravity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.gravity` (重力感应). */
export interface AlibabaInteractSensorGravityRequest {}

/** Response of `alibaba.interact.sensor.gravity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorGravityResponse {
  /** 0表示成功呢 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.gravity`: method, response root, request and response schemas. */
export const alibabaInteractSensorGravityOperation = {
  method: 'alibaba.interact.sensor.gravity',
  responseRoot: 'alibaba_interact_sensor_gravity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 重力感应 — calls TOP method `alibaba.interact.sensor.gravity`.
 *
 * native获取重力感应
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorGravity(
  client: TopClient,
  request: AlibabaInteractSensorGravityRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorGravityResponse> {
  return client.call<AlibabaInteractSensorGravityResponse>(
    {
      method: 'alibaba.interact.sensor.gravity',
      responseRoot: 'alibaba_interact_sensor_gravity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
