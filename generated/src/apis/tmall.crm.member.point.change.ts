// Generated from specs/mei/tmall.crm.member.point.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.crm.member.point.change` (会员积分变更). */
export interface TmallCrmMemberPointChangeRequest {
  /** 更改积分数值 */
  point?: Int64Input;
  /** minus:扣减;add:累加 */
  type?: string;
  /** 业务代码 */
  biz_code?: string;
  /** 业务描述 */
  biz_detail?: string;
  /** 用户昵称 */
  user_nick: string;
}

/** Response of `tmall.crm.member.point.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCrmMemberPointChangeResponse {
  /** 调用是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  point: 'Number',
  type: 'String',
  biz_code: 'String',
  biz_detail: 'String',
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.crm.member.point.change`: method, response root, request and response schemas. */
export const tmallCrmMemberPointChangeOperation = {
  method: 'tmall.crm.member.point.change',
  responseRoot: 'tmall_crm_member_point_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员积分变更 — calls TOP method `tmall.crm.member.point.change`.
 *
 * 品牌CRM项目中，会员积分变更接口。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCrmMemberPointChange(
  client: TopClient,
  request: TmallCrmMemberPointChangeRequest,
  options?: CallOptions,
): Promise<TmallCrmMemberPointChangeResponse> {
  return client.call<TmallCrmMemberPointChangeResponse>(
    {
      method: 'tmall.crm.member.point.change',
      responseRoot: 'tmall_crm_member_point_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
