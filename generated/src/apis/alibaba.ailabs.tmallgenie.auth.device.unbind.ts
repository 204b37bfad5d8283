// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.device.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.unbind` (解绑设备). */
export interface AlibabaAilabsTmallgenieAuthDeviceUnbindRequest {
  /** 客户id */
  client_id: string;
  /** 用户开放id */
  user_open_id: string;
  /** 设备uuid */
  uuid: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceUnbindResponse {
  /** 返回包装类 */
  result?: AlibabaAilabsTmallgenieAuthDeviceUnbindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.unbind`. */
export interface AlibabaAilabsTmallgenieAuthDeviceUnbindResult {
  /** 系统自动生成 */
  result?: string;
  /** 系统自动生成 */
  code?: Int64;
  /** 是否执行成功 */
  success?: boolean;
  /** 系统自动生成 */
  message?: string;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  user_open_id: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    code: 'Number',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.unbind`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceUnbindOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.unbind',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 解绑设备 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.unbind`.
 *
 * 通过此接口解绑天猫精灵设备
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceUnbind(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceUnbindRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceUnbindResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceUnbindResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.unbind',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
