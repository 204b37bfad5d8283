// Generated from specs/wdk/alibaba.price.promotion.item.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.price.promotion.item.delete` (批量删除档期). */
export interface AlibabaPricePromotionItemDeleteRequest {
  /** toB渠道店OU */
  ou_code: string;
  /** 外部档期编码 */
  outer_promotion_code: string;
  /** 盒马唯一标识 */
  unique_id?: string;
  /**
   * 商品code
   *
   * Max list size: 20
   */
  sku_codes: string[];
}

/** Response of `alibaba.price.promotion.item.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPricePromotionItemDeleteResponse {
  /** result */
  result?: AlibabaPricePromotionItemDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.price.promotion.item.delete`. */
export interface AlibabaPricePromotionItemDeleteResult {
  /** data */
  data_list?: string[];
  /** code */
  result_code?: Int64;
  /** totalRecord */
  total_record?: Int64;
  /** msg */
  message?: string;
  /** success */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  ou_code: 'String',
  outer_promotion_code: 'String',
  unique_id: 'String',
  sku_codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: ['String'],
    result_code: 'Number',
    total_record: 'Number',
    message: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.price.promotion.item.delete`: method, response root, request and response schemas. */
export const alibabaPricePromotionItemDeleteOperation = {
  method: 'alibaba.price.promotion.item.delete',
  responseRoot: 'alibaba_price_promotion_item_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量删除档期 — calls TOP method `alibaba.price.promotion.item.delete`.
 *
 * 盒马帮批量删除档期商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPricePromotionItemDelete(
  client: TopClient,
  request: AlibabaPricePromotionItemDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaPricePromotionItemDeleteResponse> {
  return client.call<AlibabaPricePromotionItemDeleteResponse>(
    {
      method: 'alibaba.price.promotion.item.delete',
      responseRoot: 'alibaba_price_promotion_item_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
