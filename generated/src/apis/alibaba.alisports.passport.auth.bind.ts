// Generated from specs/alisports/alibaba.alisports.passport.auth.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.auth.bind` (授权绑定关系接口). */
export interface AlibabaAlisportsPassportAuthBindRequest {
  /** 阿里体育业务KEY */
  alisp_app_key: string;
  /** 阿里体育openId */
  open_id: string;
  /** 合作方openId */
  third_open_id: string;
}

/** Response of `alibaba.alisports.passport.auth.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAuthBindResponse {
  /** 请求结果实体 */
  result?: AlibabaAlisportsPassportAuthBindAlispResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlispResult` of `alibaba.alisports.passport.auth.bind`. */
export interface AlibabaAlisportsPassportAuthBindAlispResult {
  /** 服务是否成功 */
  alisp_data?: boolean;
  /** 请求错误码 */
  alisp_code?: Int64;
  /** 请求错误码描述 */
  alisp_msg?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  open_id: 'String',
  third_open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    alisp_data: 'Boolean',
    alisp_code: 'Number',
    alisp_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.auth.bind`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAuthBindOperation = {
  method: 'alibaba.alisports.passport.auth.bind',
  responseRoot: 'alibaba_alisports_passport_auth_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 授权绑定关系接口 — calls TOP method `alibaba.alisports.passport.auth.bind`.
 *
 * 授权回调绑定关系接口，建立阿里体育openId和三方openId的绑定关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAuthBind(
  client: TopClient,
  request: AlibabaAlisportsPassportAuthBindRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAuthBindResponse> {
  return client.call<AlibabaAlisportsPassportAuthBindResponse>(
    {
      method: 'alibaba.alisports.passport.auth.bind',
      responseRoot: 'alibaba_alisports_passport_auth_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
