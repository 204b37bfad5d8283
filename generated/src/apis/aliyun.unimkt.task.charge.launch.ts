// Generated from specs/mc/aliyun.unimkt.task.charge.launch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.unimkt.task.charge.launch` (云码权益查询). */
export interface AliyunUnimktTaskChargeLaunchRequest {
  /** 服务商附加url参数 */
  extra?: string;
  /** urlID */
  url_id?: string;
  /** 支付宝openID */
  alipay_open_id?: string;
  /** 渠道ID */
  channel_id: string;
  /** 淘宝ID */
  user_id?: string;
}

/** Response of `aliyun.unimkt.task.charge.launch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunUnimktTaskChargeLaunchResponse {
  /** 执行结果 */
  task_success?: boolean;
  /** 错误消息 */
  error_msg?: string;
  /** 错误码 */
  task_error_code?: Int64;
  /** 任务结果 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  extra: 'String',
  url_id: 'String',
  alipay_open_id: 'String',
  channel_id: 'String',
  user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  task_success: 'Boolean',
  error_msg: 'String',
  task_error_code: 'Number',
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliyun.unimkt.task.charge.launch`: method, response root, request and response schemas. */
export const aliyunUnimktTaskChargeLaunchOperation = {
  method: 'aliyun.unimkt.task.charge.launch',
  responseRoot: 'aliyun_unimkt_task_charge_launch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云码权益查询 — calls TOP method `aliyun.unimkt.task.charge.launch`.
 *
 * 云码线上流量投放链路，用于判断用户是否有匹配的投放计划
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunUnimktTaskChargeLaunch(
  client: TopClient,
  request: AliyunUnimktTaskChargeLaunchRequest,
  options?: CallOptions,
): Promise<AliyunUnimktTaskChargeLaunchResponse> {
  return client.call<AliyunUnimktTaskChargeLaunchResponse>(
    {
      method: 'aliyun.unimkt.task.charge.launch',
      responseRoot: 'aliyun_unimkt_task_charge_launch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
