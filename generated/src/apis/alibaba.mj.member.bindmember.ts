// Generated from specs/mos/alibaba.mj.member.bindmember.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.member.bindmember` (绑定会员). */
export interface AlibabaMjMemberBindmemberRequest {
  /** 用户号 */
  user_id?: Int64Input;
  /** 商城Id */
  mall_id: Int64Input;
  /** 渠道 */
  channel: string;
  /** open_id */
  open_id: string;
}

/** Response of `alibaba.mj.member.bindmember`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjMemberBindmemberResponse {
  /** 1 */
  result?: AlibabaMjMemberBindmemberSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleResult` of `alibaba.mj.member.bindmember`. */
export interface AlibabaMjMemberBindmemberSingleResult {
  /** 是否成功 */
  success?: boolean;
  /** 系统错误 */
  err_message?: string;
  /** 成功返回 */
  data?: boolean;
  /** 系统错误 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
  mall_id: 'Number',
  channel: 'String',
  open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_message: 'String',
    data: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.member.bindmember`: method, response root, request and response schemas. */
export const alibabaMjMemberBindmemberOperation = {
  method: 'alibaba.mj.member.bindmember',
  responseRoot: 'alibaba_mj_member_bindmember_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 绑定会员 — calls TOP method `alibaba.mj.member.bindmember`.
 *
 * 用于绑定喵街数字化会员
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjMemberBindmember(
  client: TopClient,
  request: AlibabaMjMemberBindmemberRequest,
  options?: CallOptions,
): Promise<AlibabaMjMemberBindmemberResponse> {
  return client.call<AlibabaMjMemberBindmemberResponse>(
    {
      method: 'alibaba.mj.member.bindmember',
      responseRoot: 'alibaba_mj_member_bindmember_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
