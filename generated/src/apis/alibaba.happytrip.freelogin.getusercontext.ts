// Generated from specs/happytrip/alibaba.happytrip.freelogin.getusercontext.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.freelogin.getusercontext` (提供给外部系统的免登校验). */
export interface AlibabaHappytripFreeloginGetusercontextRequest {
  /** 请求入参 */
  req?: AlibabaHappytripFreeloginGetusercontextSsoParamDtoInput;
}

/** Response of `alibaba.happytrip.freelogin.getusercontext`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripFreeloginGetusercontextResponse {
  /** 请求响应 */
  rep?: AlibabaHappytripFreeloginGetusercontextResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SsoParamDto` of `alibaba.happytrip.freelogin.getusercontext`. */
export interface AlibabaHappytripFreeloginGetusercontextSsoParamDtoInput {
  /** 免登验证ticket */
  ticket?: string;
}

/** `Result` of `alibaba.happytrip.freelogin.getusercontext`. */
export interface AlibabaHappytripFreeloginGetusercontextResult {
  /** 错误码 */
  errno?: Int64;
  /** 错误消息 */
  errmsg?: string;
  /** 返回的结果值 */
  content?: string;
}

const REQUEST_SCHEMA = {
  req: {
    ticket: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rep: {
    errno: 'Number',
    errmsg: 'String',
    content: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.freelogin.getusercontext`: method, response root, request and response schemas. */
export const alibabaHappytripFreeloginGetusercontextOperation = {
  method: 'alibaba.happytrip.freelogin.getusercontext',
  responseRoot: 'alibaba_happytrip_freelogin_getusercontext_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提供给外部系统的免登校验 — calls TOP method `alibaba.happytrip.freelogin.getusercontext`.
 *
 * 免登融合，提供免登相关接口给外部供应商做登录验证
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripFreeloginGetusercontext(
  client: TopClient,
  request: AlibabaHappytripFreeloginGetusercontextRequest = {},
  options?: CallOptions,
): Promise<AlibabaHappytripFreeloginGetusercontextResponse> {
  return client.call<AlibabaHappytripFreeloginGetusercontextResponse>(
    {
      method: 'alibaba.happytrip.freelogin.getusercontext',
      responseRoot: 'alibaba_happytrip_freelogin_getusercontext_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
