// Generated from specs/shop/alibaba.interact.sensor.clipbroad.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.clipbroad` (Weex页面设置或读取剪切板). */
export interface AlibabaInteractSensorClipbroadRequest {
  /** 客户端鉴权使用，实际不会发送或接收数据 */
  un_named?: string;
}

/** Response of `alibaba.interact.sensor.clipbroad`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorClipbroadResponse {
  /** 客户端鉴权使用，实际不会发送或接收数据 */
  unnamed?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  un_named: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  unnamed: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.clipbroad`: method, response root, request and response schemas. */
export const alibabaInteractSensorClipbroadOperation = {
  method: 'alibaba.interact.sensor.clipbroad',
  responseRoot: 'alibaba_interact_sensor_clipbroad_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Weex页面设置或读取剪切板 — calls TOP method `alibaba.interact.sensor.clipbroad`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorClipbroad(
  client: TopClient,
  request: AlibabaInteractSensorClipbroadRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorClipbroadResponse> {
  return client.call<AlibabaInteractSensorClipbroadResponse>(
    {
      method: 'alibaba.interact.sensor.clipbroad',
      responseRoot: 'alibaba_interact_sensor_clipbroad_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
