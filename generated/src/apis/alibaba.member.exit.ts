// Generated from specs/alimember/alibaba.member.exit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.exit` (退会). */
export interface AlibabaMemberExitRequest {
  /** 退会对象 */
  exit_member?: AlibabaMemberExitExitMemberDtoInput;
}

/** Response of `alibaba.member.exit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberExitResponse {
  /** 接口返回model */
  result?: AlibabaMemberExitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExitMemberDto` of `alibaba.member.exit`. */
export interface AlibabaMemberExitExitMemberDtoInput {
  /** 要退会的商家 */
  open_merchant_id: string;
  /** 商家账号类型 */
  uid_type?: string;
  /** isv会员id */
  isv_member_id: string;
}

/** `Result` of `alibaba.member.exit`. */
export interface AlibabaMemberExitResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  exit_member: {
    open_merchant_id: 'String',
    uid_type: 'String',
    isv_member_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.exit`: method, response root, request and response schemas. */
export const alibabaMemberExitOperation = {
  method: 'alibaba.member.exit',
  responseRoot: 'alibaba_member_exit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退会 — calls TOP method `alibaba.member.exit`.
 *
 * 商家会员解绑
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberExit(
  client: TopClient,
  request: AlibabaMemberExitRequest = {},
  options?: CallOptions,
): Promise<AlibabaMemberExitResponse> {
  return client.call<AlibabaMemberExitResponse>(
    {
      method: 'alibaba.member.exit',
      responseRoot: 'alibaba_member_exit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
