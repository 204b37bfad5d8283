// Generated from specs/mei/tmall.crm.member.front.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.crm.member.front.unbind` (品牌会员解绑). */
export interface TmallCrmMemberFrontUnbindRequest {
  /** 会员昵称 */
  user_nick: string;
}

/** Response of `tmall.crm.member.front.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCrmMemberFrontUnbindResponse {
  /** 接口调用是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.crm.member.front.unbind`: method, response root, request and response schemas. */
export const tmallCrmMemberFrontUnbindOperation = {
  method: 'tmall.crm.member.front.unbind',
  responseRoot: 'tmall_crm_member_front_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌会员解绑 — calls TOP method `tmall.crm.member.front.unbind`.
 *
 * 品牌会员解绑功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCrmMemberFrontUnbind(
  client: TopClient,
  request: TmallCrmMemberFrontUnbindRequest,
  options?: CallOptions,
): Promise<TmallCrmMemberFrontUnbindResponse> {
  return client.call<TmallCrmMemberFrontUnbindResponse>(
    {
      method: 'tmall.crm.member.front.unbind',
      responseRoot: 'tmall_crm_member_front_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
