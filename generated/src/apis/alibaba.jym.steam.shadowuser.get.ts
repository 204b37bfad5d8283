// Generated from specs/jym/alibaba.jym.steam.shadowuser.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.steam.shadowuser.get` (获取影子标识). */
export interface AlibabaJymSteamShadowuserGetRequest {
  /** shadowToken */
  token: string;
}

/** Response of `alibaba.jym.steam.shadowuser.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymSteamShadowuserGetResponse {
  /** 影子DTO */
  result?: AlibabaJymSteamShadowuserGetSteamShadowDTO;
  /** 子集错误码，提供与业务细节使用 */
  sub_code_type?: string;
  /** 调用结果 */
  is_success?: boolean;
  /** 子集错误描述，提供与业务细节使用 */
  sub_extra_err_msg?: string;
  /** 错误码枚举 */
  state_code?: string;
  /** 错误详细描述 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SteamShadowDTO` of `alibaba.jym.steam.shadowuser.get`. */
export interface AlibabaJymSteamShadowuserGetSteamShadowDTO {
  /** 影子ID */
  shadow_uid?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    shadow_uid: 'String',
  },
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.steam.shadowuser.get`: method, response root, request and response schemas. */
export const alibabaJymSteamShadowuserGetOperation = {
  method: 'alibaba.jym.steam.shadowuser.get',
  responseRoot: 'alibaba_jym_steam_shadowuser_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取影子标识 — calls TOP method `alibaba.jym.steam.shadowuser.get`.
 *
 * 交易猫Steam类目获取影子ID
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymSteamShadowuserGet(
  client: TopClient,
  request: AlibabaJymSteamShadowuserGetRequest,
  options?: CallOptions,
): Promise<AlibabaJymSteamShadowuserGetResponse> {
  return client.call<AlibabaJymSteamShadowuserGetResponse>(
    {
      method: 'alibaba.jym.steam.shadowuser.get',
      responseRoot: 'alibaba_jym_steam_shadowuser_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
