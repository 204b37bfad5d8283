// Generated from specs/promotion/taobao.promotionmisc.mjs.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.mjs.activity.delete` (删除满就送活动). */
export interface TaobaoPromotionmiscMjsActivityDeleteRequest {
  /** 活动id。 */
  activity_id: Int64Input;
}

/** Response of `taobao.promotionmisc.mjs.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscMjsActivityDeleteResponse {
  /** 是否成功删除活动。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.mjs.activity.delete`: method, response root, request and response schemas. */
export const taobaoPromotionmiscMjsActivityDeleteOperation = {
  method: 'taobao.promotionmisc.mjs.activity.delete',
  responseRoot: 'promotionmisc_mjs_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除满就送活动 — calls TOP method `taobao.promotionmisc.mjs.activity.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscMjsActivityDelete(
  client: TopClient,
  request: TaobaoPromotionmiscMjsActivityDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscMjsActivityDeleteResponse> {
  return client.call<TaobaoPromotionmiscMjsActivityDeleteResponse>(
    {
      method: 'taobao.promotionmisc.mjs.activity.delete',
      responseRoot: 'promotionmisc_mjs_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
