// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.gettoken.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.gettoken` (设备授权). */
export interface AlibabaAilabsTmallgenieAuthGettokenRequest {
  /** clientId */
  client_id?: string;
  /** 授权码 */
  auth_code?: string;
  /** 授权类型，只支持authorization_code */
  grant_type?: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.gettoken`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthGettokenResponse {
  /** 设备注册结果 */
  register_result?: AlibabaAilabsTmallgenieAuthGettokenRegisterInfoVo;
  /** 授权结果 */
  auth_result?: AlibabaAilabsTmallgenieAuthGettokenDeviceTokenVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RegisterInfoVo` of `alibaba.ailabs.tmallgenie.auth.gettoken`. */
export interface AlibabaAilabsTmallgenieAuthGettokenRegisterInfoVo {
  /** 用户开放id */
  user_open_id?: string;
  /** 设备uuid */
  uuid?: string;
}

/** `DeviceTokenVo` of `alibaba.ailabs.tmallgenie.auth.gettoken`. */
export interface AlibabaAilabsTmallgenieAuthGettokenDeviceTokenVo {
  /** accessToken超时时间，单位为秒 */
  access_expires_in?: Int64;
  /** accessToken */
  access_token?: string;
  /** refreshToken超时时间，单位为秒 */
  refresh_expires_in?: Int64;
  /** refreshToken */
  refresh_token?: string;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  auth_code: 'String',
  grant_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  register_result: {
    user_open_id: 'String',
    uuid: 'String',
  },
  auth_result: {
    access_expires_in: 'Number',
    access_token: 'String',
    refresh_expires_in: 'Number',
    refresh_token: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.gettoken`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthGettokenOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.gettoken',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_gettoken_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设备授权 — calls TOP method `alibaba.ailabs.tmallgenie.auth.gettoken`.
 *
 * 获取设备授权码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthGettoken(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthGettokenRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthGettokenResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthGettokenResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.gettoken',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_gettoken_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
