// Generated from specs/interact/alibaba.interact.sensor.popwindow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.popwindow` (popwindow). */
export interface AlibabaInteractSensorPopwindowRequest {}

/** Response of `alibaba.interact.sensor.popwindow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorPopwindowResponse {
  /** result=0 表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.popwindow`: method, response root, request and response schemas. */
export const alibabaInteractSensorPopwindowOperation = {
  method: 'alibaba.interact.sensor.popwindow',
  responseRoot: 'alibaba_interact_sensor_popwindow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * popwindow — calls TOP method `alibaba.interact.sensor.popwindow`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorPopwindow(
  client: TopClient,
  request: AlibabaInteractSensorPopwindowRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorPopwindowResponse> {
  return client.call<AlibabaInteractSensorPopwindowResponse>(
    {
      method: 'alibaba.interact.sensor.popwindow',
      responseRoot: 'alibaba_interact_sensor_popwindow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
