// Generated from specs/interact/alibaba.interact.sensor.wangwang.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.wangwang` (手淘拉起旺旺接口). */
export interface AlibabaInteractSensorWangwangRequest {}

/** Response of `alibaba.interact.sensor.wangwang`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorWangwangResponse {
  /** result=0 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.wangwang`: method, response root, request and response schemas. */
export const alibabaInteractSensorWangwangOperation = {
  method: 'alibaba.interact.sensor.wangwang',
  responseRoot: 'alibaba_interact_sensor_wangwang_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 手淘拉起旺旺接口 — calls TOP method `alibaba.interact.sensor.wangwang`.
 *
 * 手淘开放专用接口，没有数据返回，仅用于手淘容器中jssdk接口鉴权。手淘开放旺旺拉起功能给ISV。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorWangwang(
  client: TopClient,
  request: AlibabaInteractSensorWangwangRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorWangwangResponse> {
  return client.call<AlibabaInteractSensorWangwangResponse>(
    {
      method: 'alibaba.interact.sensor.wangwang',
      responseRoot: 'alibaba_interact_sensor_wangwang_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
