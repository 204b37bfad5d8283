// Generated from specs/interact/alibaba.interact.sensor.glue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.glue` (视频播放). */
export interface AlibabaInteractSensorGlueRequest {}

/** Response of `alibaba.interact.sensor.glue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorGlueResponse {
  /** result=0 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.glue`: method, response root, request and response schemas. */
export const alibabaInteractSensorGlueOperation = {
  method: 'alibaba.interact.sensor.glue',
  responseRoot: 'alibaba_interact_sensor_glue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 视频播放 — calls TOP method `alibaba.interact.sensor.glue`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorGlue(
  client: TopClient,
  request: AlibabaInteractSensorGlueRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorGlueResponse> {
  return client.call<AlibabaInteractSensorGlueResponse>(
    {
      method: 'alibaba.interact.sensor.glue',
      responseRoot: 'alibaba_interact_sensor_glue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
