// Generated from specs/promotion/taobao.promotionmisc.item.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.item.activity.delete` (删除无条件单品优惠活动). */
export interface TaobaoPromotionmiscItemActivityDeleteRequest {
  /** 活动id。 */
  activity_id: Int64Input;
}

/** Response of `taobao.promotionmisc.item.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscItemActivityDeleteResponse {
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

/** Static description of `taobao.promotionmisc.item.activity.delete`: method, response root, request and response schemas. */
export const taobaoPromotionmiscItemActivityDeleteOperation = {
  method: 'taobao.promotionmisc.item.activity.delete',
  responseRoot: 'promotionmisc_item_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除无条件单品优惠活动 — calls TOP method `taobao.promotionmisc.item.activity.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscItemActivityDelete(
  client: TopClient,
  request: TaobaoPromotionmiscItemActivityDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscItemActivityDeleteResponse> {
  return client.call<TaobaoPromotionmiscItemActivityDeleteResponse>(
    {
      method: 'taobao.promotionmisc.item.activity.delete',
      responseRoot: 'promotionmisc_item_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
