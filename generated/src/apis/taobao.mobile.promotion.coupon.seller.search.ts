// Generated from specs/promotion/taobao.mobile.promotion.coupon.seller.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.mobile.promotion.coupon.seller.search` (查询绑定卖家优惠券相关信息(手淘专用)). */
export interface TaobaoMobilePromotionCouponSellerSearchRequest {
  /** 请求id 排查线索 需保证单次调用唯一 */
  trace_id?: string;
  /** 券id集合 */
  spread_ids?: string;
  /** 每页数据 最大20左右 */
  page_size?: Int64Input;
  /** 当前第几页 从第一页开始 */
  current_page?: Int64Input;
}

/** Response of `taobao.mobile.promotion.coupon.seller.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMobilePromotionCouponSellerSearchResponse {
  /** 优惠券查询结果 */
  coupon_search_result?: TaobaoMobilePromotionCouponSellerSearchCouponSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponSearchResult` of `taobao.mobile.promotion.coupon.seller.search`. */
export interface TaobaoMobilePromotionCouponSellerSearchCouponSearchResult {
  /** 符合条件总数量，用于分页等判断 */
  total_count?: Int64;
  /** 排查调用id */
  trace_id?: string;
  /** 优惠券详情列表 */
  seller_coupon_details?: TaobaoMobilePromotionCouponSellerSearchAllsparkSellerCouponDetail[];
}

/** `AllsparkSellerCouponDetail` of `taobao.mobile.promotion.coupon.seller.search`. */
export interface TaobaoMobilePromotionCouponSellerSearchAllsparkSellerCouponDetail {
  /** 券类型 */
  coupon_type?: Int64;
  /** 状态信息 */
  status?: Int64;
  /** 状态名称 */
  status_name?: string;
  /** 券 失效时间 */
  end_time?: string;
  /** mtop 店铺链接 */
  url?: string;
  /** 面额 */
  amount?: Int64;
  /** 券生效时间 */
  start_time?: string;
  /** 券对外ID */
  spread_id?: string;
  /** 券名称 */
  title?: string;
  /** 券类型 */
  coupon_type_name?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 设置发券数量总数 */
  total_count?: string;
  /** 卖家ID */
  seller_id?: Int64;
  /** 店铺名称 */
  shop_name?: string;
  /** 满足金额阀值 如订单满多少元才可用 */
  start_fee?: Int64;
  /** 商品优惠券会有商品id集合 */
  item_ids?: Int64[];
  /** 模板限领数量 */
  person_limit_count?: Int64;
  /** 保留数量 */
  reserve_count?: Int64;
  /** 已领取数量 */
  apply_count?: Int64;
}

const REQUEST_SCHEMA = {
  trace_id: 'String',
  spread_ids: 'String',
  page_size: 'Number',
  current_page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  coupon_search_result: {
    total_count: 'Number',
    trace_id: 'String',
    seller_coupon_details: [
      {
        coupon_type: 'Number',
        status: 'Number',
        status_name: 'String',
        end_time: 'Date',
        url: 'String',
        amount: 'Number',
        start_time: 'Date',
        spread_id: 'String',
        title: 'String',
        coupon_type_name: 'String',
        seller_nick: 'String',
        total_count: 'String',
        seller_id: 'Number',
        shop_name: 'String',
        start_fee: 'Number',
        item_ids: ['Number'],
        person_limit_count: 'Number',
        reserve_count: 'Number',
        apply_count: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.mobile.promotion.coupon.seller.search`: method, response root, request and response schemas. */
export const taobaoMobilePromotionCouponSellerSearchOperation = {
  method: 'taobao.mobile.promotion.coupon.seller.search',
  responseRoot: 'mobile_promotion_coupon_seller_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询绑定卖家优惠券相关信息(手淘专用) — calls TOP method `taobao.mobile.promotion.coupon.seller.search`.
 *
 * 查询绑定卖家相关优惠券信息 如isv 百川 等外部业务方
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMobilePromotionCouponSellerSearch(
  client: TopClient,
  request: TaobaoMobilePromotionCouponSellerSearchRequest = {},
  options?: CallOptions,
): Promise<TaobaoMobilePromotionCouponSellerSearchResponse> {
  return client.call<TaobaoMobilePromotionCouponSellerSearchResponse>(
    {
      method: 'taobao.mobile.promotion.coupon.seller.search',
      responseRoot: 'mobile_promotion_coupon_seller_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
