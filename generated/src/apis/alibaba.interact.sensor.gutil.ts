// Generated from specs/interact/alibaba.interact.sensor.gutil.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.gutil` (canvas工具包). */
export interface AlibabaInteractSensorGutilRequest {}

/** Response of `alibaba.interact.sensor.gutil`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorGutilResponse {
  /** result=0 表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.gutil`: method, response root, request and response schemas. */
export const alibabaInteractSensorGutilOperation = {
  method: 'alibaba.interact.sensor.gutil',
  responseRoot: 'alibaba_interact_sensor_gutil_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * canvas工具包 — calls TOP method `alibaba.interact.sensor.gutil`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorGutil(
  client: TopClient,
  request: AlibabaInteractSensorGutilRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorGutilResponse> {
  return client.call<AlibabaInteractSensorGutilResponse>(
    {
      method: 'alibaba.interact.sensor.gutil',
      responseRoot: 'alibaba_interact_sensor_gutil_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
