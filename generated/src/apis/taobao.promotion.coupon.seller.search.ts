// Generated from specs/promotion/taobao.promotion.coupon.seller.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.coupon.seller.search` (查询绑定卖家优惠券相关信息). */
export interface TaobaoPromotionCouponSellerSearchRequest {
  /** 卖家昵称 */
  seller_nick?: string;
  /**
   * 当前第几页 从第一页开始
   *
   * Min value: 1
   */
  current_page?: Int64Input;
  /**
   * 每页数据 最大20左右
   *
   * Min value: 1
   * Max value: 20
   */
  page_size?: Int64Input;
  /**
   * 券id集合
   *
   * Max list size: 20
   */
  spread_ids?: string[];
}

/** Response of `taobao.promotion.coupon.seller.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionCouponSellerSearchResponse {
  /** 调用错误码，只有调用失败的时候才会有 */
  result_code?: string;
  /** 失败详细描述 */
  error_msg?: string;
  /** 接口调用结果，调用成功为true，否则为false */
  invoke_result?: boolean;
  /** 结果 */
  seller_coupon_details?: TaobaoPromotionCouponSellerSearchSellerCouponDetail[];
  /** 符合条件总数量，用于分页等判断 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerCouponDetail` of `taobao.promotion.coupon.seller.search`. */
export interface TaobaoPromotionCouponSellerSearchSellerCouponDetail {
  /** 券名称 */
  title?: string;
  /** 卖家ID */
  seller_id?: string;
  /** 状态名称 */
  status_name?: string;
  /** 券类型 */
  coupon_type_name?: string;
  /** 面额 */
  amount?: Int64;
  /** 设置发券数量总数 */
  total_count?: Int64;
  /** 券生效时间 */
  start_time?: string;
  /** 券失效时间 */
  end_time?: string;
  /** 满足金额阀值 如订单满多少元才可用 */
  start_fee?: Int64;
  /** mtop 店铺链接 */
  url?: string;
  /** 卖家名称 */
  seller_nick?: string;
  /** 商品优惠券会有商品id集合 */
  item_ids?: Int64[];
  /** 券对外ID */
  spread_id?: string;
  /** 券类型 */
  coupon_type?: Int64;
  /** 店铺名称 */
  shop_name?: string;
  /** 状态信息 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  seller_nick: 'String',
  current_page: 'Number',
  page_size: 'Number',
  spread_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  error_msg: 'String',
  invoke_result: 'Boolean',
  seller_coupon_details: [
    {
      title: 'String',
      seller_id: 'String',
      status_name: 'String',
      coupon_type_name: 'String',
      amount: 'Number',
      total_count: 'Number',
      start_time: 'Date',
      end_time: 'Date',
      start_fee: 'Number',
      url: 'String',
      seller_nick: 'String',
      item_ids: ['Number'],
      spread_id: 'String',
      coupon_type: 'Number',
      shop_name: 'String',
      status: 'Number',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.coupon.seller.search`: method, response root, request and response schemas. */
export const taobaoPromotionCouponSellerSearchOperation = {
  method: 'taobao.promotion.coupon.seller.search',
  responseRoot: 'promotion_coupon_seller_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询绑定卖家优惠券相关信息 — calls TOP method `taobao.promotion.coupon.seller.search`.
 *
 * 查询绑定卖家相关优惠券信息 如isv 百川 等外部业务方
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionCouponSellerSearch(
  client: TopClient,
  request: TaobaoPromotionCouponSellerSearchRequest = {},
  options?: CallOptions,
): Promise<TaobaoPromotionCouponSellerSearchResponse> {
  return client.call<TaobaoPromotionCouponSellerSearchResponse>(
    {
      method: 'taobao.promotion.coupon.seller.search',
      responseRoot: 'promotion_coupon_seller_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
