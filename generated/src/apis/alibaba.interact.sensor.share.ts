// Generated from specs/interact/alibaba.interact.sensor.share.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.share` (分享). */
export interface AlibabaInteractSensorShareRequest {}

/** Response of `alibaba.interact.sensor.share`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorShareResponse {
  /** return=0表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.share`: method, response root, request and response schemas. */
export const alibabaInteractSensorShareOperation = {
  method: 'alibaba.interact.sensor.share',
  responseRoot: 'alibaba_interact_sensor_share_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分享 — calls TOP method `alibaba.interact.sensor.share`.
 *
 * 客户端分享
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorShare(
  client: TopClient,
  request: AlibabaInteractSensorShareRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorShareResponse> {
  return client.call<AlibabaInteractSensorShareResponse>(
    {
      method: 'alibaba.interact.sensor.share',
      responseRoot: 'alibaba_interact_sensor_share_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
