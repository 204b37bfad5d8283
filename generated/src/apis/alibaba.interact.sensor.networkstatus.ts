// Generated from specs/interact/alibaba.interact.sensor.networkstatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.networkstatus` (网络状态). */
export interface AlibabaInteractSensorNetworkstatusRequest {}

/** Response of `alibaba.interact.sensor.networkstatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorNetworkstatusResponse {
  /** return=0表示成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.networkstatus`: method, response root, request and response schemas. */
export const alibabaInteractSensorNetworkstatusOperation = {
  method: 'alibaba.interact.sensor.networkstatus',
  responseRoot: 'alibaba_interact_sensor_networkstatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网络状态 — calls TOP method `alibaba.interact.sensor.networkstatus`.
 *
 * 客户端网络状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorNetworkstatus(
  client: TopClient,
  request: AlibabaInteractSensorNetworkstatusRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorNetworkstatusResponse> {
  return client.call<AlibabaInteractSensorNetworkstatusResponse>(
    {
      method: 'alibaba.interact.sensor.networkstatus',
      responseRoot: 'alibaba_interact_sensor_networkstatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
