// Generated from specs/promotion/tmall.promotag.taguser.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotag.taguser.remove` (给用户移除优惠标签). */
export interface TmallPromotagTaguserRemoveRequest {
  /** 标签ID */
  tag_id: Int64Input;
  /** 昵称 */
  nick?: string;
  /** 用户ID */
  ouid?: string;
  /** 用户ID */
  openid?: string;
}

/** Response of `tmall.promotag.taguser.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotagTaguserRemoveResponse {
  /** 打标结果是否成功 */
  is_success?: boolean;
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
} as const satisfies ObjectSchema;

/** Static description of `tmall.promotag.taguser.remove`: method, response root, request and response schemas. */
export const tmallPromotagTaguserRemoveOperation = {
  method: 'tmall.promotag.taguser.remove',
  responseRoot: 'tmall_promotag_taguser_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 给用户移除优惠标签 — calls TOP method `tmall.promotag.taguser.remove`.
 *
 * 给用户载体去标
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotagTaguserRemove(
  client: TopClient,
  request: TmallPromotagTaguserRemoveRequest,
  options?: CallOptions,
): Promise<TmallPromotagTaguserRemoveResponse> {
  return client.call<TmallPromotagTaguserRemoveResponse>(
    {
      method: 'tmall.promotag.taguser.remove',
      responseRoot: 'tmall_promotag_taguser_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
