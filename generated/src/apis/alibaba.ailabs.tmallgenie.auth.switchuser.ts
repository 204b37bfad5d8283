// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.switchuser.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.switchuser` (切换用户). */
export interface AlibabaAilabsTmallgenieAuthSwitchuserRequest {
  /** client_id */
  client_id?: string;
  /** 目标用户openId */
  new_user_open_id?: string;
  /** 当前拥有设备权限的用户openId */
  old_user_open_id?: string;
  /** 设备uuid */
  uuid?: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.switchuser`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthSwitchuserResponse {
  /** 结果 */
  result?: AlibabaAilabsTmallgenieAuthSwitchuserResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.switchuser`. */
export interface AlibabaAilabsTmallgenieAuthSwitchuserResult {
  /** 扩展信息 */
  extension?: string;
  /** 注册结果 */
  register_info_v_o?: AlibabaAilabsTmallgenieAuthSwitchuserRegisterInfoVo;
  /** 授权结果 */
  device_token_v_o?: AlibabaAilabsTmallgenieAuthSwitchuserDeviceTokenVo;
}

/** `RegisterInfoVo` of `alibaba.ailabs.tmallgenie.auth.switchuser`. */
export interface AlibabaAilabsTmallgenieAuthSwitchuserRegisterInfoVo {
  /** 用户openId */
  user_open_id?: string;
  /** 设备uuid */
  uuid?: string;
}

/** `DeviceTokenVo` of `alibaba.ailabs.tmallgenie.auth.switchuser`. */
export interface AlibabaAilabsTmallgenieAuthSwitchuserDeviceTokenVo {
  /** accessToken超时时间,单位为秒 */
  access_expires_in?: Int64;
  /** state */
  state?: string;
  /** refresh_token */
  refresh_token?: string;
  /** acces_token */
  access_token?: string;
  /** refreshToken超时时间,单位为秒 */
  refresh_expires_in?: Int64;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  new_user_open_id: 'String',
  old_user_open_id: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    extension: 'String',
    register_info_v_o: {
      user_open_id: 'String',
      uuid: 'String',
    },
    device_token_v_o: {
      access_expires_in: 'Number',
      state: 'String',
      refresh_token: 'String',
      access_token: 'String',
      refresh_expires_in: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.switchuser`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthSwitchuserOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.switchuser',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_switchuser_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 切换用户 — calls TOP method `alibaba.ailabs.tmallgenie.auth.switchuser`.
 *
 * 设备切换授权用户
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthSwitchuser(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthSwitchuserRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthSwitchuserResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthSwitchuserResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.switchuser',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_switchuser_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
