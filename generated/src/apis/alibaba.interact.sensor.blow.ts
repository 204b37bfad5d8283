// Generated from specs/interact/alibaba.interact.sensor.blow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.blow` (吹气). */
export interface AlibabaInteractSensorBlowRequest {}

/** Response of `alibaba.interact.sensor.blow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorBlowResponse {
  /** return=0 表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.blow`: method, response root, request and response schemas. */
export const alibabaInteractSensorBlowOperation = {
  method: 'alibaba.interact.sensor.blow',
  responseRoot: 'alibaba_interact_sensor_blow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 吹气 — calls TOP method `alibaba.interact.sensor.blow`.
 *
 * 客户端吹气
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorBlow(
  client: TopClient,
  request: AlibabaInteractSensorBlowRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorBlowResponse> {
  return client.call<AlibabaInteractSensorBlowResponse>(
    {
      method: 'alibaba.interact.sensor.blow',
      responseRoot: 'alibaba_interact_sensor_blow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
