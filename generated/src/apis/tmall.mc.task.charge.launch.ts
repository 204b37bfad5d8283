// Generated from specs/mc/tmall.mc.task.charge.launch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mc.task.charge.launch` (云码充电宝投放链路). */
export interface TmallMcTaskChargeLaunchRequest {
  /** 外部设备编码 */
  outer_code: string;
  /** 渠道ID */
  channel_id: string;
  /** 支付宝openID */
  alipay_open_id: string;
  /** urlID */
  url_id?: string;
  /** 服务商附加url参数 */
  extra?: string;
}

/** Response of `tmall.mc.task.charge.launch`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMcTaskChargeLaunchResponse {
  /** 入会页url */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  outer_code: 'String',
  channel_id: 'String',
  alipay_open_id: 'String',
  url_id: 'String',
  extra: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.mc.task.charge.launch`: method, response root, request and response schemas. */
export const tmallMcTaskChargeLaunchOperation = {
  method: 'tmall.mc.task.charge.launch',
  responseRoot: 'tmall_mc_task_charge_launch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云码充电宝投放链路 — calls TOP method `tmall.mc.task.charge.launch`.
 *
 * 云码充电宝投放链路，用于判断用户是否有匹配的投放计划
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMcTaskChargeLaunch(
  client: TopClient,
  request: TmallMcTaskChargeLaunchRequest,
  options?: CallOptions,
): Promise<TmallMcTaskChargeLaunchResponse> {
  return client.call<TmallMcTaskChargeLaunchResponse>(
    {
      method: 'tmall.mc.task.charge.launch',
      responseRoot: 'tmall_mc_task_charge_launch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
