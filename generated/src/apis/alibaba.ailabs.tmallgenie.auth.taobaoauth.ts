// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.taobaoauth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.taobaoauth` (天猫精灵淘宝登录授权绑定接口). */
export interface AlibabaAilabsTmallgenieAuthTaobaoauthRequest {
  /** 授权信息 */
  auth_param?: AlibabaAilabsTmallgenieAuthTaobaoauthTopAuthReqDtoInput;
  /** 设备信息 */
  device_param?: AlibabaAilabsTmallgenieAuthTaobaoauthTopDeviceReqDtoInput;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.taobaoauth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthTaobaoauthResponse {
  /** 注册结果 */
  register_result?: AlibabaAilabsTmallgenieAuthTaobaoauthRegisterInfoVo;
  /** 授权结果 */
  auth_result?: AlibabaAilabsTmallgenieAuthTaobaoauthDeviceTokenVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAuthReqDto` of `alibaba.ailabs.tmallgenie.auth.taobaoauth`. */
export interface AlibabaAilabsTmallgenieAuthTaobaoauthTopAuthReqDtoInput {
  /** 目前只支持“code” */
  response_type?: string;
  /** 客户id，此id为天猫精灵的产品id，与淘宝登录的client_id不同 */
  client_id?: string;
  /** 目前只支持“basic” */
  scope?: string;
  /** state */
  state?: string;
}

/** `TopDeviceReqDto` of `alibaba.ailabs.tmallgenie.auth.taobaoauth`. */
export interface AlibabaAilabsTmallgenieAuthTaobaoauthTopDeviceReqDtoInput {
  /** 设备签名，用于校验设备有效性，对于部分client_id是必填的 */
  device_signature?: string;
  /** Device Serial Number，三方传入的设备唯一标识 */
  device_id?: string;
}

/** `RegisterInfoVo` of `alibaba.ailabs.tmallgenie.auth.taobaoauth`. */
export interface AlibabaAilabsTmallgenieAuthTaobaoauthRegisterInfoVo {
  /** 用户开放ID，这个id标识您的天猫精灵用户 */
  user_open_id?: string;
  /** 天猫精灵设备UUID，用户需要保存这个id，后续的设备相关接口调用都会使用设备uuid */
  uuid?: string;
}

/** `DeviceTokenVo` of `alibaba.ailabs.tmallgenie.auth.taobaoauth`. */
export interface AlibabaAilabsTmallgenieAuthTaobaoauthDeviceTokenVo {
  /** token过期时间，相对时间，单位为秒 */
  access_expires_in?: Int64;
  /** acces_token */
  access_token?: string;
  /** token过期时间，相对时间，单位为秒 */
  refresh_expires_in?: Int64;
  /** refresh_token */
  refresh_token?: string;
}

const REQUEST_SCHEMA = {
  auth_param: {
    response_type: 'String',
    client_id: 'String',
    scope: 'String',
    state: 'String',
  },
  device_param: {
    device_signature: 'String',
    device_id: 'String',
  },
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

/** Static description of `alibaba.ailabs.tmallgenie.auth.taobaoauth`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthTaobaoauthOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.taobaoauth',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_taobaoauth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵淘宝登录授权绑定接口 — calls TOP method `alibaba.ailabs.tmallgenie.auth.taobaoauth`.
 *
 * 厂商获取用户淘宝授权之后，通过此接口获取天猫精灵授权，并绑定一台设备
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthTaobaoauth(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthTaobaoauthRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthTaobaoauthResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthTaobaoauthResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.taobaoauth',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_taobaoauth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
