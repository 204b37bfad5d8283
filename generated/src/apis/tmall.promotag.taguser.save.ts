// Generated from specs/promotion/tmall.promotag.taguser.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotag.taguser.save` (给用户打上优惠标签). */
export interface TmallPromotagTaguserSaveRequest {
  /** 标签ID */
  tag_id: Int64Input;
  /** 昵称 */
  nick?: string;
  /** 用户ID */
  ouid?: string;
  /** 用户ID */
  openid?: string;
}

/** Response of `tmall.promotag.taguser.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotagTaguserSaveResponse {
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

/** Static description of `tmall.promotag.taguser.save`: method, response root, request and response schemas. */
export const tmallPromotagTaguserSaveOperation = {
  method: 'tmall.promotag.taguser.save',
  responseRoot: 'tmall_promotag_taguser_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 给用户打上优惠标签 — calls TOP method `tmall.promotag.taguser.save`.
 *
 * 给用户载体打标
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotagTaguserSave(
  client: TopClient,
  request: TmallPromotagTaguserSaveRequest,
  options?: CallOptions,
): Promise<TmallPromotagTaguserSaveResponse> {
  return client.call<TmallPromotagTaguserSaveResponse>(
    {
      method: 'tmall.promotag.taguser.save',
      responseRoot: 'tmall_promotag_taguser_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
