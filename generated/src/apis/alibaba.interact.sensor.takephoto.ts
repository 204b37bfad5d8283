// Generated from specs/interact/alibaba.interact.sensor.takephoto.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.takephoto` (takePhoto). */
export interface AlibabaInteractSensorTakephotoRequest {}

/** Response of `alibaba.interact.sensor.takephoto`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorTakephotoResponse {
  /** return=0表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.takephoto`: method, response root, request and response schemas. */
export const alibabaInteractSensorTakephotoOperation = {
  method: 'alibaba.interact.sensor.takephoto',
  responseRoot: 'alibaba_interact_sensor_takephoto_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * takePhoto — calls TOP method `alibaba.interact.sensor.takephoto`.
 *
 * 客户端takePhoto
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorTakephoto(
  client: TopClient,
  request: AlibabaInteractSensorTakephotoRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorTakephotoResponse> {
  return client.call<AlibabaInteractSensorTakephotoResponse>(
    {
      method: 'alibaba.interact.sensor.takephoto',
      responseRoot: 'alibaba_interact_sensor_takephoto_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
