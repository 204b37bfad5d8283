// Generated from specs/interact/alibaba.interact.sensor.toast.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.toast` (toast). */
export interface AlibabaInteractSensorToastRequest {}

/** Response of `alibaba.interact.sensor.toast`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorToastResponse {
  /** result=0 表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.toast`: method, response root, request and response schemas. */
export const alibabaInteractSensorToastOperation = {
  method: 'alibaba.interact.sensor.toast',
  responseRoot: 'alibaba_interact_sensor_toast_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * toast — calls TOP method `alibaba.interact.sensor.toast`.
 *
 * toast提示
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorToast(
  client: TopClient,
  request: AlibabaInteractSensorToastRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorToastResponse> {
  return client.call<AlibabaInteractSensorToastResponse>(
    {
      method: 'alibaba.interact.sensor.toast',
      responseRoot: 'alibaba_interact_sensor_toast_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
