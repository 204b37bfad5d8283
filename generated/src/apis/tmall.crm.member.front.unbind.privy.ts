// Generated from specs/mei/tmall.crm.member.front.unbind.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.crm.member.front.unbind.privy` (品牌会员解绑(隐私号版）). */
export interface TmallCrmMemberFrontUnbindPrivyRequest {
  /** ouid */
  ouid: string;
}

/** Response of `tmall.crm.member.front.unbind.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCrmMemberFrontUnbindPrivyResponse {
  /** 接口调用是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ouid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.crm.member.front.unbind.privy`: method, response root, request and response schemas. */
export const tmallCrmMemberFrontUnbindPrivyOperation = {
  method: 'tmall.crm.member.front.unbind.privy',
  responseRoot: 'tmall_crm_member_front_unbind_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌会员解绑(隐私号版） — calls TOP method `tmall.crm.member.front.unbind.privy`.
 *
 * 品牌会员解绑功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCrmMemberFrontUnbindPrivy(
  client: TopClient,
  request: TmallCrmMemberFrontUnbindPrivyRequest,
  options?: CallOptions,
): Promise<TmallCrmMemberFrontUnbindPrivyResponse> {
  return client.call<TmallCrmMemberFrontUnbindPrivyResponse>(
    {
      method: 'tmall.crm.member.front.unbind.privy',
      responseRoot: 'tmall_crm_member_front_unbind_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
