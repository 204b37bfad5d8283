// Generated from specs/idleisv/alibaba.idle.isv.user.authorize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.user.authorize` (用户授权接口). */
export interface AlibabaIdleIsvUserAuthorizeRequest {
  /** 添加用户授权信息 */
  add_user_authorization_cmd?: AlibabaIdleIsvUserAuthorizeAddUserAuthorizationCmdInput;
}

/** Response of `alibaba.idle.isv.user.authorize`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvUserAuthorizeResponse {
  /** 返回值 */
  result?: AlibabaIdleIsvUserAuthorizeCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddUserAuthorizationCmd` of `alibaba.idle.isv.user.authorize`. */
export interface AlibabaIdleIsvUserAuthorizeAddUserAuthorizationCmdInput {
  /** 需要为用户添加的权限类型，具体类型可以参考api描述的语雀文档 */
  auth_type: string;
}

/** `CommonResult` of `alibaba.idle.isv.user.authorize`. */
export interface AlibabaIdleIsvUserAuthorizeCommonResult {
  /** 是否调用成功 */
  data?: boolean;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  add_user_authorization_cmd: {
    auth_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.user.authorize`: method, response root, request and response schemas. */
export const alibabaIdleIsvUserAuthorizeOperation = {
  method: 'alibaba.idle.isv.user.authorize',
  responseRoot: 'alibaba_idle_isv_user_authorize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户授权接口 — calls TOP method `alibaba.idle.isv.user.authorize`.
 *
 * 用户授权接口
 * 接口调用相关参考文档
 * https://www.yuque.com/docs/share/9cd991b7-e3a3-40b6-948c-1835422d0164?# 《闲鱼优品2.0API接入说明》
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvUserAuthorize(
  client: TopClient,
  request: AlibabaIdleIsvUserAuthorizeRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvUserAuthorizeResponse> {
  return client.call<AlibabaIdleIsvUserAuthorizeResponse>(
    {
      method: 'alibaba.idle.isv.user.authorize',
      responseRoot: 'alibaba_idle_isv_user_authorize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
