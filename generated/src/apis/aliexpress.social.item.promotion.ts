// Generated from specs/product/aliexpress.social.item.promotion.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.item.promotion` (获取推广链接). */
export interface AliexpressSocialItemPromotionRequest {
  /** 推广的商品链接 */
  target_url?: string;
  /** 子渠道号 */
  af?: string;
  /** campaign Id */
  cn?: string;
  /** creative id */
  cv?: string;
  /** click id */
  dp?: string;
}

/** Response of `aliexpress.social.item.promotion`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialItemPromotionResponse {
  /** 推广链接 */
  promotion_url?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 错误信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  target_url: 'String',
  af: 'String',
  cn: 'String',
  cv: 'String',
  dp: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  promotion_url: 'String',
  is_success: 'Boolean',
  result_code: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.item.promotion`: method, response root, request and response schemas. */
export const aliexpressSocialItemPromotionOperation = {
  method: 'aliexpress.social.item.promotion',
  responseRoot: 'aliexpress_social_item_promotion_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取推广链接 — calls TOP method `aliexpress.social.item.promotion`.
 *
 * 获取商品社交推广链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialItemPromotion(
  client: TopClient,
  request: AliexpressSocialItemPromotionRequest = {},
  options?: CallOptions,
): Promise<AliexpressSocialItemPromotionResponse> {
  return client.call<AliexpressSocialItemPromotionResponse>(
    {
      method: 'aliexpress.social.item.promotion',
      responseRoot: 'aliexpress_social_item_promotion_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
