// Generated from specs/promotion/taobao.marketing.promotion.kfc.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.marketing.promotion.kfc` (定向优惠活动名称与描述违禁词检查). */
export interface TaobaoMarketingPromotionKfcRequest {
  /** 活动名称 */
  promotion_title: string;
  /** 活动描述 */
  promotion_desc: string;
}

/** Response of `taobao.marketing.promotion.kfc`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMarketingPromotionKfcResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  promotion_title: 'String',
  promotion_desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.marketing.promotion.kfc`: method, response root, request and response schemas. */
export const taobaoMarketingPromotionKfcOperation = {
  method: 'taobao.marketing.promotion.kfc',
  responseRoot: 'marketing_promotion_kfc_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向优惠活动名称与描述违禁词检查 — calls TOP method `taobao.marketing.promotion.kfc`.
 *
 * 活动名称与描述违禁词检查
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMarketingPromotionKfc(
  client: TopClient,
  request: TaobaoMarketingPromotionKfcRequest,
  options?: CallOptions,
): Promise<TaobaoMarketingPromotionKfcResponse> {
  return client.call<TaobaoMarketingPromotionKfcResponse>(
    {
      method: 'taobao.marketing.promotion.kfc',
      responseRoot: 'marketing_promotion_kfc_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
