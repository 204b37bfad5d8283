// Generated from specs/mc/tmall.mc.device.circle.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mc.device.circle.check` (云码设备圈选情况查询). */
export interface TmallMcDeviceCircleCheckRequest {
  /** 外部设备编码 */
  outer_code: string;
  /** 渠道编码 */
  channel_id: string;
}

/** Response of `tmall.mc.device.circle.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMcDeviceCircleCheckResponse {
  /** 设备相关投放计划 */
  results?: TmallMcDeviceCircleCheckTaskDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaskDto` of `tmall.mc.device.circle.check`. */
export interface TmallMcDeviceCircleCheckTaskDto {
  /** 投放计划id */
  id?: Int64;
  /** 投放计划名称 */
  name?: string;
  /** 开始时间 */
  start_time?: string;
  /** 结束时间 */
  end_time?: string;
}

const REQUEST_SCHEMA = {
  outer_code: 'String',
  channel_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      id: 'Number',
      name: 'String',
      start_time: 'Date',
      end_time: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `tmall.mc.device.circle.check`: method, response root, request and response schemas. */
export const tmallMcDeviceCircleCheckOperation = {
  method: 'tmall.mc.device.circle.check',
  responseRoot: 'tmall_mc_device_circle_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云码设备圈选情况查询 — calls TOP method `tmall.mc.device.circle.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMcDeviceCircleCheck(
  client: TopClient,
  request: TmallMcDeviceCircleCheckRequest,
  options?: CallOptions,
): Promise<TmallMcDeviceCircleCheckResponse> {
  return client.call<TmallMcDeviceCircleCheckResponse>(
    {
      method: 'tmall.mc.device.circle.check',
      responseRoot: 'tmall_mc_device_circle_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
