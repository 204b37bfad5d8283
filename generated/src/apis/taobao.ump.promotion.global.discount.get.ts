// Generated from specs/promotion/taobao.ump.promotion.global.discount.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.promotion.global.discount.get` (获取卖家最低折扣). */
export interface TaobaoUmpPromotionGlobalDiscountGetRequest {}

/** Response of `taobao.ump.promotion.global.discount.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpPromotionGlobalDiscountGetResponse {
  /** 结果对象 */
  result?: TaobaoUmpPromotionGlobalDiscountGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ump.promotion.global.discount.get`. */
export interface TaobaoUmpPromotionGlobalDiscountGetResult {
  /** defaultModel */
  default_model?: TaobaoUmpPromotionGlobalDiscountGetSellerGlobalDiscount;
  /** 是否执行成功 */
  success?: boolean;
}

/** `SellerGlobalDiscount` of `taobao.ump.promotion.global.discount.get`. */
export interface TaobaoUmpPromotionGlobalDiscountGetSellerGlobalDiscount {
  /** 折扣1折100，9折900 */
  discount?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    default_model: {
      discount: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.promotion.global.discount.get`: method, response root, request and response schemas. */
export const taobaoUmpPromotionGlobalDiscountGetOperation = {
  method: 'taobao.ump.promotion.global.discount.get',
  responseRoot: 'ump_promotion_global_discount_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取卖家最低折扣 — calls TOP method `taobao.ump.promotion.global.discount.get`.
 *
 * 提供卖家最低折扣查询功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpPromotionGlobalDiscountGet(
  client: TopClient,
  request: TaobaoUmpPromotionGlobalDiscountGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoUmpPromotionGlobalDiscountGetResponse> {
  return client.call<TaobaoUmpPromotionGlobalDiscountGetResponse>(
    {
      method: 'taobao.ump.promotion.global.discount.get',
      responseRoot: 'ump_promotion_global_discount_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
