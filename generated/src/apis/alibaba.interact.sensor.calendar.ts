// Generated from specs/interact/alibaba.interact.sensor.calendar.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.sensor.calendar` (天猫互动游戏开放平台需要授权的传感器类接口(日历提醒)). */
export interface AlibabaInteractSensorCalendarRequest {}

/** Response of `alibaba.interact.sensor.calendar`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractSensorCalendarResponse {
  /** 返回结果 */
  succ?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.sensor.calendar`: method, response root, request and response schemas. */
export const alibabaInteractSensorCalendarOperation = {
  method: 'alibaba.interact.sensor.calendar',
  responseRoot: 'alibaba_interact_sensor_calendar_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫互动游戏开放平台需要授权的传感器类接口(日历提醒) — calls TOP method `alibaba.interact.sensor.calendar`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractSensorCalendar(
  client: TopClient,
  request: AlibabaInteractSensorCalendarRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractSensorCalendarResponse> {
  return client.call<AlibabaInteractSensorCalendarResponse>(
    {
      method: 'alibaba.interact.sensor.calendar',
      responseRoot: 'alibaba_interact_sensor_calendar_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
