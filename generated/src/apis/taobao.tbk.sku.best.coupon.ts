// Generated from specs/tbk/taobao.tbk.sku.best.coupon.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sku.best.coupon` (sku维度最优优惠券信息). */
export interface TaobaoTbkSkuBestCouponRequest {
  /** 商品对应的skuId */
  sku_id: Int64Input;
  /** 商品ID */
  item_id: Int64Input;
}

/** Response of `taobao.tbk.sku.best.coupon`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkSkuBestCouponResponse {
  /** 优惠券详细信息 */
  coupon_info?: TaobaoTbkSkuBestCouponMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.sku.best.coupon`. */
export interface TaobaoTbkSkuBestCouponMapData {
  /** 优惠券过期时间13位时间戳 */
  coupon_expire_time?: Int64;
}

const REQUEST_SCHEMA = {
  sku_id: 'Number',
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  coupon_info: {
    coupon_expire_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sku.best.coupon`: method, response root, request and response schemas. */
export const taobaoTbkSkuBestCouponOperation = {
  method: 'taobao.tbk.sku.best.coupon',
  responseRoot: 'tbk_sku_best_coupon_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * sku维度最优优惠券信息 — calls TOP method `taobao.tbk.sku.best.coupon`.
 *
 * 根据itemid和skuid查询最优优惠券信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkSkuBestCoupon(
  client: TopClient,
  request: TaobaoTbkSkuBestCouponRequest,
  options?: CallOptions,
): Promise<TaobaoTbkSkuBestCouponResponse> {
  return client.call<TaobaoTbkSkuBestCouponResponse>(
    {
      method: 'taobao.tbk.sku.best.coupon',
      responseRoot: 'tbk_sku_best_coupon_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
