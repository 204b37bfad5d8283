// Generated from specs/promotion/taobao.promotion.limitdiscount.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.limitdiscount.detail.get` (限时打折详情查询). */
export interface TaobaoPromotionLimitdiscountDetailGetRequest {
  /** 限时打折ID。这个针对查询唯一限时打折情况。 */
  limit_discount_id: Int64Input;
}

/** Response of `taobao.promotion.limitdiscount.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionLimitdiscountDetailGetResponse {
  /** 限时打折对应的商品详情列表。 */
  item_discount_detail_list?: TaobaoPromotionLimitdiscountDetailGetLimitDiscountDetail[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LimitDiscountDetail` of `taobao.promotion.limitdiscount.detail.get`. */
export interface TaobaoPromotionLimitdiscountDetailGetLimitDiscountDetail {
  /** 限时打折名称 */
  limit_discount_name?: string;
  /** 限时打折开始时间。 */
  start_time?: string;
  /** 限时打折结束时间。 */
  end_time?: string;
  /** 商品的id(数字类型) */
  item_id?: Int64;
  /** 该商品限时折扣 */
  item_discount?: string;
  /** 每人限购数量，1、2、5、10000(不限)。 */
  limit_num?: Int64;
}

const REQUEST_SCHEMA = {
  limit_discount_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_discount_detail_list: [
    {
      limit_discount_name: 'String',
      start_time: 'Date',
      end_time: 'Date',
      item_id: 'Number',
      item_discount: 'String',
      limit_num: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.limitdiscount.detail.get`: method, response root, request and response schemas. */
export const taobaoPromotionLimitdiscountDetailGetOperation = {
  method: 'taobao.promotion.limitdiscount.detail.get',
  responseRoot: 'promotion_limitdiscount_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 限时打折详情查询 — calls TOP method `taobao.promotion.limitdiscount.detail.get`.
 *
 * 限时打折详情查询。查询出指定限时打折的对应商品记录信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionLimitdiscountDetailGet(
  client: TopClient,
  request: TaobaoPromotionLimitdiscountDetailGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionLimitdiscountDetailGetResponse> {
  return client.call<TaobaoPromotionLimitdiscountDetailGetResponse>(
    {
      method: 'taobao.promotion.limitdiscount.detail.get',
      responseRoot: 'promotion_limitdiscount_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
