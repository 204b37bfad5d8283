// Generated from specs/interact/alibaba.interact.sensor.titlebarhide.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.titlebarhide` (隐藏titleBar). */
export interface AlibabaInteractSensorTitlebarhideRequest {}

/** Response of `alibaba.interact.sensor.titlebarhide`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorTitlebarhideResponse {
  /** return=0表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.titlebarhide`: method, response root, request and response schemas. */
export const alibabaInteractSensorTitlebarhideOperation = {
  method: 'alibaba.interact.sensor.titlebarhide',
  responseRoot: 'alibaba_interact_sensor_titlebarhide_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 隐藏titleBar — calls TOP method `alibaba.interact.sensor.titlebarhide`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorTitlebarhide(
  client: TopClient,
  request: AlibabaInteractSensorTitlebarhideRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorTitlebarhideResponse> {
  return client.call<AlibabaInteractSensorTitlebarhideResponse>(
    {
      method: 'alibaba.interact.sensor.titlebarhide',
      responseRoot: 'alibaba_interact_sensor_titlebarhide_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
