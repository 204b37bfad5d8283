// Generated from specs/tmallnr/tmall.nr.fulfill.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.fulfill.order.query` (零售商获取品牌商的单笔订单). */
export interface TmallNrFulfillOrderQueryRequest {
  /** 业务标识，dss标识定时送业务；jsd表示极速达业务 */
  biz_identity?: string;
  /** 交易主订单号 */
  order_id?: Int64Input;
  /** 预留-扩展信息 */
  ext_param?: string;
}

/** Response of `tmall.nr.fulfill.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrFulfillOrderQueryResponse {
  /** 返回 */
  result?: TmallNrFulfillOrderQueryNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrResult` of `tmall.nr.fulfill.order.query`. */
export interface TmallNrFulfillOrderQueryNrResult {
  /** 返回数据 */
  result_data?: TmallNrFulfillOrderQueryTradeOrderDetailDto;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** isSuccess */
  is_success?: boolean;
}

/** `TradeOrderDetailDto` of `tmall.nr.fulfill.order.query`. */
export interface TmallNrFulfillOrderQueryTradeOrderDetailDto {
  /** 子订单列表 */
  order_d_t_os?: TmallNrFulfillOrderQueryNrOrderDto[];
  /** 门店编码 */
  store_code?: string;
  /** 预约结束时间 */
  appoint_end_time?: string;
  /** 预约开始时间 */
  appoint_start_time?: string;
  /** 收货详细地址_商家没有入塔不提供 */
  receiver_address?: string;
  /** 镇_商家没有入塔不提供 */
  receiver_town?: string;
  /** 区_商家没有入塔不提供 */
  receiver_district?: string;
  /** 城市_商家没有入塔不提供 */
  receiver_city?: string;
  /** 省_商家没有入塔不提供 */
  receiver_province?: string;
  /** 电话_商家没有入塔不提供 */
  receiver_phone?: string;
  /** 手机_商家没有入塔不提供 */
  receiver_mobile?: string;
  /** 收货人_商家没有入塔不提供 */
  receiver_name?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 交易状态可选值:TRADE_NO_CREATE_PAY(没有创建支付宝交易)，WAIT_BUYER_PAY(等待买家付款)，SELLER_CONSIGNED_PART(卖家部分发货)，WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款)，WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货)，TRADE_BUYER_SIGNED(买家已签收,货到付款专用)，TRADE_FINISHED(交易成功)，TRADE_CLOSED(付款以后用户退款成功，交易自动关闭)，TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)，PAY_PENDING(国际信用卡支付付款确认中) * WAIT_PRE_AUTH_CONFIRM(0元购合约中)，PAID_FORBID_CONSIGN(拼团中订单或者发货强管控的订单，已付款但禁止发货) */
  status?: string;
  /** 主订单 */
  order_id?: Int64;
  /** createTime */
  create_time?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 门店的外部编号 */
  out_id_store_code?: string;
}

/** `NrOrderDto` of `tmall.nr.fulfill.order.query`. */
export interface TmallNrFulfillOrderQueryNrOrderDto {
  /** 创建时间 */
  create_time?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 退款状态退款状态。退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意)，WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货)，WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货)，SELLER_REFUSE_BUYER(卖家拒绝退款)，CLOSED(退款关闭)，SUCCESS(退款成功) */
  refund_status?: string;
  /** 购买数量 */
  num?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 商品标题 */
  title?: string;
  /** 子订单号 */
  order_id?: Int64;
  /** 修改价格修改的金额 */
  adjust_fee?: Int64;
  /** 店铺优惠的分摊 */
  discount_fee?: Int64;
  /** 实际付款金额 */
  actual_paid_fee?: Int64;
  /** 商品价格 */
  auction_price?: Int64;
  /** outIdItemCode */
  out_id_item_code?: string;
}

const REQUEST_SCHEMA = {
  biz_identity: 'String',
  order_id: 'Number',
  ext_param: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      order_d_t_os: [
        {
          create_time: 'Date',
          buyer_nick: 'String',
          seller_nick: 'String',
          refund_status: 'String',
          num: 'Number',
          sku_id: 'Number',
          item_id: 'Number',
          title: 'String',
          order_id: 'Number',
          adjust_fee: 'Number',
          discount_fee: 'Number',
          actual_paid_fee: 'Number',
          auction_price: 'Number',
          out_id_item_code: 'String',
        },
      ],
      store_code: 'String',
      appoint_end_time: 'String',
      appoint_start_time: 'String',
      receiver_address: 'String',
      receiver_town: 'String',
      receiver_district: 'String',
      receiver_city: 'String',
      receiver_province: 'String',
      receiver_phone: 'String',
      receiver_mobile: 'String',
      receiver_name: 'String',
      pay_time: 'String',
      status: 'String',
      order_id: 'Number',
      create_time: 'String',
      buyer_nick: 'String',
      seller_nick: 'String',
      out_id_store_code: 'String',
    },
    error_message: 'String',
    error_code: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.fulfill.order.query`: method, response root, request and response schemas. */
export const tmallNrFulfillOrderQueryOperation = {
  method: 'tmall.nr.fulfill.order.query',
  responseRoot: 'tmall_nr_fulfill_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售商获取品牌商的单笔订单 — calls TOP method `tmall.nr.fulfill.order.query`.
 *
 * 零售商获取品牌商的单笔订单，后端服务有零售商和品牌商的绑定关系，存在开关控制；返回值存在品牌方用户的电话号码，当前电话号码是屏蔽中间四位
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrFulfillOrderQuery(
  client: TopClient,
  request: TmallNrFulfillOrderQueryRequest = {},
  options?: CallOptions,
): Promise<TmallNrFulfillOrderQueryResponse> {
  return client.call<TmallNrFulfillOrderQueryResponse>(
    {
      method: 'tmall.nr.fulfill.order.query',
      responseRoot: 'tmall_nr_fulfill_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
