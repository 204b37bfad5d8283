// Generated from specs/tbk/taobao.tbk.cart.coupon.expire.user.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.cart.coupon.expire.user.query` (购物车催付优惠券到期查询用户信息). */
export interface TaobaoTbkCartCouponExpireUserQueryRequest {
  /** 规则ID，由接口提供方分配 */
  rule_id: string;
  /** 页码，从0开始 */
  page_num?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
}

/** Response of `taobao.tbk.cart.coupon.expire.user.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkCartCouponExpireUserQueryResponse {
  /** 用户规则信息集合 */
  user_rule_info_list?: TaobaoTbkCartCouponExpireUserQueryUserRuleInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserRuleInfo` of `taobao.tbk.cart.coupon.expire.user.query`. */
export interface TaobaoTbkCartCouponExpireUserQueryUserRuleInfo {
  /** 用户在TOP上的openId */
  open_id?: string;
  /** 每条记录离线任务生成，代表当时离线任务的时间戳 */
  version?: Int64;
  /** 用户对应的商品详细信息 */
  item_list?: TaobaoTbkCartCouponExpireUserQueryMapData[];
}

/** `MapData` of `taobao.tbk.cart.coupon.expire.user.query`. */
export interface TaobaoTbkCartCouponExpireUserQueryMapData {
  /** 商品ID对应的sku集合 */
  sku_id_list?: Int64[];
  /** 商品ID */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  rule_id: 'String',
  page_num: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  user_rule_info_list: [
    {
      open_id: 'String',
      version: 'Number',
      item_list: [
        {
          sku_id_list: ['Number'],
          item_id: 'Number',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.cart.coupon.expire.user.query`: method, response root, request and response schemas. */
export const taobaoTbkCartCouponExpireUserQueryOperation = {
  method: 'taobao.tbk.cart.coupon.expire.user.query',
  responseRoot: 'tbk_cart_coupon_expire_user_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 购物车催付优惠券到期查询用户信息 — calls TOP method `taobao.tbk.cart.coupon.expire.user.query`.
 *
 * 购物车催付根据对应规则查询用户信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkCartCouponExpireUserQuery(
  client: TopClient,
  request: TaobaoTbkCartCouponExpireUserQueryRequest,
  options?: CallOptions,
): Promise<TaobaoTbkCartCouponExpireUserQueryResponse> {
  return client.call<TaobaoTbkCartCouponExpireUserQueryResponse>(
    {
      method: 'taobao.tbk.cart.coupon.expire.user.query',
      responseRoot: 'tbk_cart_coupon_expire_user_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
