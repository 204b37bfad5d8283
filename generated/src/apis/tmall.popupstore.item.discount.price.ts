// Generated from specs/smartstore/tmall.popupstore.item.discount.price.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.popupstore.item.discount.price` (商品优惠价格查询). */
export interface TmallPopupstoreItemDiscountPriceRequest {
  /**
   * 商品id列表
   *
   * Max list size: 20
   */
  item_ids: string[];
}

/** Response of `tmall.popupstore.item.discount.price`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPopupstoreItemDiscountPriceResponse {
  /** 出参对象 */
  result_dto?: TmallPopupstoreItemDiscountPriceResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.popupstore.item.discount.price`. */
export interface TmallPopupstoreItemDiscountPriceResultDto {
  /** 数据条数 */
  total?: Int64;
  /** 错误码code */
  code?: string;
  /** 错误msg */
  msg?: string;
  /** 实际结果 */
  result_list?: string;
}

const REQUEST_SCHEMA = {
  item_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_dto: {
    total: 'Number',
    code: 'String',
    msg: 'String',
    result_list: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.popupstore.item.discount.price`: method, response root, request and response schemas. */
export const tmallPopupstoreItemDiscountPriceOperation = {
  method: 'tmall.popupstore.item.discount.price',
  responseRoot: 'tmall_popupstore_item_discount_price_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品优惠价格查询 — calls TOP method `tmall.popupstore.item.discount.price`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPopupstoreItemDiscountPrice(
  client: TopClient,
  request: TmallPopupstoreItemDiscountPriceRequest,
  options?: CallOptions,
): Promise<TmallPopupstoreItemDiscountPriceResponse> {
  return client.call<TmallPopupstoreItemDiscountPriceResponse>(
    {
      method: 'tmall.popupstore.item.discount.price',
      responseRoot: 'tmall_popupstore_item_discount_price_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
