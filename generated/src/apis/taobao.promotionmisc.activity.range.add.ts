// Generated from specs/promotion/taobao.promotionmisc.activity.range.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.activity.range.add` (增加活动参与的商品). */
export interface TaobaoPromotionmiscActivityRangeAddRequest {
  /** 活动id。 */
  activity_id: Int64Input;
  /** 商品id,多个id用逗号隔开，一次不超过50个。 */
  ids: string;
}

/** Response of `taobao.promotionmisc.activity.range.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscActivityRangeAddResponse {
  /** 增加商品范围是否成功。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.activity.range.add`: method, response root, request and response schemas. */
export const taobaoPromotionmiscActivityRangeAddOperation = {
  method: 'taobao.promotionmisc.activity.range.add',
  responseRoot: 'promotionmisc_activity_range_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加活动参与的商品 — calls TOP method `taobao.promotionmisc.activity.range.add`.
 *
 * 增加活动参与的商品，部分商品参与的活动，最大支持指定150个商品。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscActivityRangeAdd(
  client: TopClient,
  request: TaobaoPromotionmiscActivityRangeAddRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscActivityRangeAddResponse> {
  return client.call<TaobaoPromotionmiscActivityRangeAddResponse>(
    {
      method: 'taobao.promotionmisc.activity.range.add',
      responseRoot: 'promotionmisc_activity_range_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
