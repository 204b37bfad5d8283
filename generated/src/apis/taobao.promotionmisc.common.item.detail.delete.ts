// Generated from specs/promotion/taobao.promotionmisc.common.item.detail.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.common.item.detail.delete` (删除通用单品优惠详情). */
export interface TaobaoPromotionmiscCommonItemDetailDeleteRequest {
  /** 优惠活动ID */
  activity_id: Int64Input;
  /** 优惠详情ID */
  detail_id: Int64Input;
}

/** Response of `taobao.promotionmisc.common.item.detail.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscCommonItemDetailDeleteResponse {
  /** 是否删除成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  detail_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.common.item.detail.delete`: method, response root, request and response schemas. */
export const taobaoPromotionmiscCommonItemDetailDeleteOperation = {
  method: 'taobao.promotionmisc.common.item.detail.delete',
  responseRoot: 'promotionmisc_common_item_detail_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除通用单品优惠详情 — calls TOP method `taobao.promotionmisc.common.item.detail.delete`.
 *
 * 删除通用单品优惠详情。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscCommonItemDetailDelete(
  client: TopClient,
  request: TaobaoPromotionmiscCommonItemDetailDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscCommonItemDetailDeleteResponse> {
  return client.call<TaobaoPromotionmiscCommonItemDetailDeleteResponse>(
    {
      method: 'taobao.promotionmisc.common.item.detail.delete',
      responseRoot: 'promotionmisc_common_item_detail_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
