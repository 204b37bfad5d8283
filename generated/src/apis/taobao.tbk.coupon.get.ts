// Generated from specs/tbk/taobao.tbk.coupon.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.coupon.get` (淘宝客-公用-阿里妈妈推广券详情查询). */
export interface TaobaoTbkCouponGetRequest {
  /** 带券ID与商品ID的加密串 */
  me?: string;
  /** 商品ID */
  item_id?: string;
  /** 券ID */
  activity_id?: string;
}

/** Response of `taobao.tbk.coupon.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkCouponGetResponse {
  /** data */
  data?: TaobaoTbkCouponGetMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.coupon.get`. */
export interface TaobaoTbkCouponGetMapData {
  /** 优惠券门槛金额 */
  coupon_start_fee?: string;
  /** 优惠券剩余量 */
  coupon_remain_count?: Int64;
  /** 优惠券总量 */
  coupon_total_count?: Int64;
  /** 优惠券结束时间 */
  coupon_end_time?: string;
  /** 优惠券开始时间 */
  coupon_start_time?: string;
  /** 优惠券金额 */
  coupon_amount?: string;
  /** 券类型，1 表示全网公开券，4 表示妈妈渠道券 */
  coupon_src_scene?: Int64;
  /** 券属性，0表示店铺券，1表示单品券 */
  coupon_type?: Int64;
  /** 券ID */
  coupon_activity_id?: string;
}

const REQUEST_SCHEMA = {
  me: 'String',
  item_id: 'String',
  activity_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    coupon_start_fee: 'String',
    coupon_remain_count: 'Number',
    coupon_total_count: 'Number',
    coupon_end_time: 'String',
    coupon_start_time: 'String',
    coupon_amount: 'String',
    coupon_src_scene: 'Number',
    coupon_type: 'Number',
    coupon_activity_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.coupon.get`: method, response root, request and response schemas. */
export const taobaoTbkCouponGetOperation = {
  method: 'taobao.tbk.coupon.get',
  responseRoot: 'tbk_coupon_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-公用-阿里妈妈推广券详情查询 — calls TOP method `taobao.tbk.coupon.get`.
 *
 * 传入商品ID+券ID(券ID已知情况下)，或者传入me参数，均可查询阿里妈妈推广券详细信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkCouponGet(
  client: TopClient,
  request: TaobaoTbkCouponGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTbkCouponGetResponse> {
  return client.call<TaobaoTbkCouponGetResponse>(
    {
      method: 'taobao.tbk.coupon.get',
      responseRoot: 'tbk_coupon_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
