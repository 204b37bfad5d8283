// Generated from specs/mos/alibaba.mj.member.hasbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.member.hasbind` (喵街会员是否绑定). */
export interface AlibabaMjMemberHasbindRequest {
  /** user_id */
  user_id?: Int64Input;
  /** open_id */
  open_id: string;
}

/** Response of `alibaba.mj.member.hasbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjMemberHasbindResponse {
  /** 结果 */
  result?: AlibabaMjMemberHasbindSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleResult` of `alibaba.mj.member.hasbind`. */
export interface AlibabaMjMemberHasbindSingleResult {
  /** 是否绑定 */
  data?: boolean;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误内容 */
  err_message?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
  open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.member.hasbind`: method, response root, request and response schemas. */
export const alibabaMjMemberHasbindOperation = {
  method: 'alibaba.mj.member.hasbind',
  responseRoot: 'alibaba_mj_member_hasbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵街会员是否绑定 — calls TOP method `alibaba.mj.member.hasbind`.
 *
 * 喵街检测用户是否为数字化会员
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjMemberHasbind(
  client: TopClient,
  request: AlibabaMjMemberHasbindRequest,
  options?: CallOptions,
): Promise<AlibabaMjMemberHasbindResponse> {
  return client.call<AlibabaMjMemberHasbindResponse>(
    {
      method: 'alibaba.mj.member.hasbind',
      responseRoot: 'alibaba_mj_member_hasbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
