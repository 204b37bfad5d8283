// Generated from specs/yunosminiapp/yunos.miniapp.activity.call.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.miniapp.activity.call` (调用活动接口). */
export interface YunosMiniappActivityCallRequest {
  /** 活动id */
  activity_id?: string;
  /** 请求选项 */
  options?: YunosMiniappActivityCallOptionsInput;
  /** 设备id */
  device_id?: string;
}

/** Response of `yunos.miniapp.activity.call`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosMiniappActivityCallResponse {
  /** 接口返回model */
  result?: YunosMiniappActivityCallResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Options` of `yunos.miniapp.activity.call`. */
export interface YunosMiniappActivityCallOptionsInput {
  /** 请求来源 */
  source?: string;
  /** 活动步骤 */
  step?: string;
}

/** `Result` of `yunos.miniapp.activity.call`. */
export interface YunosMiniappActivityCallResult {
  /** 返回信息 */
  result_msg?: string;
  /** 返回code */
  result_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回内容 */
  result?: YunosMiniappActivityCallTopActivityResult;
}

/** `TopActivityResult` of `yunos.miniapp.activity.call`. */
export interface YunosMiniappActivityCallTopActivityResult {
  /** 详细信息 */
  detail?: string;
  /** 成功与否 */
  success?: string;
  /** 活动状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'String',
  options: {
    source: 'String',
    step: 'String',
  },
  device_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    result_code: 'String',
    success: 'Boolean',
    result: {
      detail: 'String',
      success: 'String',
      status: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.miniapp.activity.call`: method, response root, request and response schemas. */
export const yunosMiniappActivityCallOperation = {
  method: 'yunos.miniapp.activity.call',
  responseRoot: 'yunos_miniapp_activity_call_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 调用活动接口 — calls TOP method `yunos.miniapp.activity.call`.
 *
 * 用于小程序调用活动接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosMiniappActivityCall(
  client: TopClient,
  request: YunosMiniappActivityCallRequest = {},
  options?: CallOptions,
): Promise<YunosMiniappActivityCallResponse> {
  return client.call<YunosMiniappActivityCallResponse>(
    {
      method: 'yunos.miniapp.activity.call',
      responseRoot: 'yunos_miniapp_activity_call_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
