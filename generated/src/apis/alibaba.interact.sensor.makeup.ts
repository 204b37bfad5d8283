// Generated from specs/interact/alibaba.interact.sensor.makeup.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.makeup` (美妆虚拟试装). */
export interface AlibabaInteractSensorMakeupRequest {}

/** Response of `alibaba.interact.sensor.makeup`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorMakeupResponse {
  /** 非restAPI，为jsapi result=0 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.makeup`: method, response root, request and response schemas. */
export const alibabaInteractSensorMakeupOperation = {
  method: 'alibaba.interact.sensor.makeup',
  responseRoot: 'alibaba_interact_sensor_makeup_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 美妆虚拟试装 — calls TOP method `alibaba.interact.sensor.makeup`.
 *
 * 手机淘宝美妆类目虚拟试妆权限，客户端能力（JS－API）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorMakeup(
  client: TopClient,
  request: AlibabaInteractSensorMakeupRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorMakeupResponse> {
  return client.call<AlibabaInteractSensorMakeupResponse>(
    {
      method: 'alibaba.interact.sensor.makeup',
      responseRoot: 'alibaba_interact_sensor_makeup_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
