// Generated from specs/interact/alibaba.interact.sensor.gyro.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.gyro` (陀螺仪). */
export interface AlibabaInteractSensorGyroRequest {}

/** Response of `alibaba.interact.sensor.gyro`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorGyroResponse {
  /** return=0 表示正确 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.gyro`: method, response root, request and response schemas. */
export const alibabaInteractSensorGyroOperation = {
  method: 'alibaba.interact.sensor.gyro',
  responseRoot: 'alibaba_interact_sensor_gyro_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 陀螺仪 — calls TOP method `alibaba.interact.sensor.gyro`.
 *
 * 客户端陀螺仪
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorGyro(
  client: TopClient,
  request: AlibabaInteractSensorGyroRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorGyroResponse> {
  return client.call<AlibabaInteractSensorGyroResponse>(
    {
      method: 'alibaba.interact.sensor.gyro',
      responseRoot: 'alibaba_interact_sensor_gyro_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
