// Generated from specs/promotion/tmall.promotag.taguser.judge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotag.taguser.judge` (用户标签判断接口). */
export interface TmallPromotagTaguserJudgeRequest {
  /** 标签ID */
  tag_id: Int64Input;
  /** 昵称 */
  nick?: string;
  /** 买家ID */
  ouid?: string;
  /** 买家ID */
  openid?: string;
}

/** Response of `tmall.promotag.taguser.judge`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotagTaguserJudgeResponse {
  /** 服务调用是否成功 */
  is_success?: boolean;
  /** 用户是否有标签 */
  has_tag?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tag_id: 'Number',
  nick: 'String',
  ouid: 'String',
  openid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  has_tag: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.promotag.taguser.judge`: method, response root, request and response schemas. */
export const tmallPromotagTaguserJudgeOperation = {
  method: 'tmall.promotag.taguser.judge',
  responseRoot: 'tmall_promotag_taguser_judge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户标签判断接口 — calls TOP method `tmall.promotag.taguser.judge`.
 *
 * 查询用户是否有标签
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotagTaguserJudge(
  client: TopClient,
  request: TmallPromotagTaguserJudgeRequest,
  options?: CallOptions,
): Promise<TmallPromotagTaguserJudgeResponse> {
  return client.call<TmallPromotagTaguserJudgeResponse>(
    {
      method: 'tmall.promotag.taguser.judge',
      responseRoot: 'tmall_promotag_taguser_judge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
