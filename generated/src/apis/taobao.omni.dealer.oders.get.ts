// Generated from specs/omniorder/taobao.omni.dealer.oders.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omni.dealer.oders.get` (获取单笔全渠道经销商订单的详细信息). */
export interface TaobaoOmniDealerOdersGetRequest {
  /** 主订单ID */
  main_order_id: Int64Input;
}

/** Response of `taobao.omni.dealer.oders.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniDealerOdersGetResponse {
  /** 订单 */
  data?: TaobaoOmniDealerOdersGetData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `taobao.omni.dealer.oders.get`. */
export interface TaobaoOmniDealerOdersGetData {
  /** 订单创建时间 */
  gmt_modified?: string;
  /** 优惠金额，单位：分 */
  discount_fee?: Int64;
  /** 买家呢称 */
  buyer_nick?: string;
  /** 履约门店ID */
  fulfillment_store_id?: Int64;
  /** 省 */
  receiver_prov?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 主订单ID */
  order_id?: Int64;
  /** 退款状态；可选值:WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意), WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货), WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货), SELLER_REFUSE_BUYER(卖家拒绝退款), CLOSED(退款关闭), SUCCESS(退款成功) */
  refund_status?: string;
  /** 多级时效预约单结束预约时间 */
  expect_end?: string;
  /** 子订单 */
  sub_orders?: TaobaoOmniDealerOdersGetSubOrders[];
  /** 履约门店的商家门店编码 */
  fulfillment_store_out_id?: string;
  /** 门店履约类型，可选值：PICKED_UP_IN_STORES(门店自提), STORE_DELIVERY(门店发货) */
  fulfillment_type?: string;
  /** 买家实际支付给卖家的金额，单位：分 */
  actual_total_fee?: Int64;
  /** 市 */
  receiver_city?: string;
  /** 卖家ID */
  seller_id?: Int64;
  /** 发货时间 */
  consign_time?: string;
  /** 收货人的电话号码 */
  receiver_phone?: string;
  /** 手工调整金额，单位：分 */
  adjust_fee?: Int64;
  /** 镇 */
  receiver_town?: string;
  /** 卖家呢称 */
  seller_nick?: string;
  /** 经销商卖家ID */
  dealer_seller_id?: Int64;
  /** 收件人姓名 */
  receiver_name?: string;
  /** 邮费单位分 */
  post_fee?: Int64;
  /** 手机 */
  receiver_mobile?: string;
  /** 区/县 */
  receiver_area?: string;
  /** 时效类型，可选值：NONE(无时效), APPOINTMENT_AGING(预约配送), HOUR_AGING(小时达), DAY_0_AGING(当日达), DAY_1_AGING(次日达), DAY_2_AGING(隔日达) */
  aging_type?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 收货地址 */
  receiver_address?: string;
  /** 买家留言 */
  buyer_message?: string;
  /** 购物金信息输出 */
  expand_card_info?: TaobaoOmniDealerOdersGetExpandCardInfo;
  /** 总金额，单价×数量，不包含运费和折扣，单位：分 */
  total_fee?: Int64;
  /** 外部订单号 */
  out_order_id?: string;
  /** 多级时效预约单开始预约时间 */
  expect_start?: string;
  /** 卖家备注 */
  seller_memo?: string;
  /** 交易结束时间。交易成功时间(更新交易状态为成功的同时更新)/确认收货时间或者交易关闭时间 。格式:yyyy-MM-dd HH:mm:ss */
  end_time?: string;
  /** 买家备注 */
  buyer_memo?: string;
  /** 订单状态，可选值：WAIT_BUYER_PAY(等待买家付款), WAIT_SELLER_SEND_GOODS(等待卖家发货), SELLER_CONSIGNED_PART(卖家部分发货), WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货]), TRADE_BUYER_SIGNED(买家已签收（货到付款专用）), TRADE_FINISHED(交易成功), TRADE_CLOSED(交易关闭), TRADE_CLOSED_BY_TAOBAO(交易被淘宝关闭), TRADE_NO_CREATE_PAY(没有创建外部交易（支付宝交易）) */
  status?: string;
}

/** `SubOrders` of `taobao.omni.dealer.oders.get`. */
export interface TaobaoOmniDealerOdersGetSubOrders {
  /** 子单修改时间 */
  gmt_modified?: string;
  /** 商品购买数量 */
  num?: Int64;
  /** 退款状态；可选值:WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意), WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货), WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货), SELLER_REFUSE_BUYER(卖家拒绝退款), CLOSED(退款关闭), SUCCESS(退款成功) */
  refund_status?: string;
  /** 商品标题 */
  title?: string;
  /** 子单创建时间 */
  gmt_create?: string;
  /** 商品ID */
  item_id?: Int64;
  /** 子订单ID */
  sub_order_id?: Int64;
  /** 经销商的货品ID */
  dealer_sc_item_id?: string;
  /** 商品价格，单位：分 */
  auction_price?: Int64;
  /** 商品编码 */
  outer_id?: string;
  /** 结束时间 */
  end_time?: string;
  /** 实收金额，单位：分 */
  actual_fee?: Int64;
  /** sku id */
  sku_id?: Int64;
  /** 订单状态，可选值：WAIT_BUYER_PAY(等待买家付款), WAIT_SELLER_SEND_GOODS(等待卖家发货), SELLER_CONSIGNED_PART(卖家部分发货), WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货]), TRADE_BUYER_SIGNED(买家已签收（货到付款专用）), TRADE_FINISHED(交易成功), TRADE_CLOSED(交易关闭), TRADE_CLOSED_BY_TAOBAO(交易被淘宝关闭), TRADE_NO_CREATE_PAY(没有创建外部交易（支付宝交易）) */
  status?: string;
}

/** `ExpandCardInfo` of `taobao.omni.dealer.oders.get`. */
export interface TaobaoOmniDealerOdersGetExpandCardInfo {
  /** 用卡订单使用本金，用卡的订单才有输出，单位：分 */
  expand_price_used?: Int64;
  /** 用卡订单使用权益金，用卡的订单才有输出，单位：分 */
  basic_price_used?: Int64;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    gmt_modified: 'String',
    discount_fee: 'Number',
    buyer_nick: 'String',
    fulfillment_store_id: 'Number',
    receiver_prov: 'String',
    pay_time: 'String',
    order_id: 'Number',
    refund_status: 'String',
    expect_end: 'String',
    sub_orders: [
      {
        gmt_modified: 'String',
        num: 'Number',
        refund_status: 'String',
        title: 'String',
        gmt_create: 'String',
        item_id: 'Number',
        sub_order_id: 'Number',
        dealer_sc_item_id: 'String',
        auction_price: 'Number',
        outer_id: 'String',
        end_time: 'String',
        actual_fee: 'Number',
        sku_id: 'Number',
        status: 'String',
      },
    ],
    fulfillment_store_out_id: 'String',
    fulfillment_type: 'String',
    actual_total_fee: 'Number',
    receiver_city: 'String',
    seller_id: 'Number',
    consign_time: 'String',
    receiver_phone: 'String',
    adjust_fee: 'Number',
    receiver_town: 'String',
    seller_nick: 'String',
    dealer_seller_id: 'Number',
    receiver_name: 'String',
    post_fee: 'Number',
    receiver_mobile: 'String',
    receiver_area: 'String',
    aging_type: 'String',
    gmt_create: 'String',
    receiver_address: 'String',
    buyer_message: 'String',
    expand_card_info: {
      expand_price_used: 'Number',
      basic_price_used: 'Number',
    },
    total_fee: 'Number',
    out_order_id: 'String',
    expect_start: 'String',
    seller_memo: 'String',
    end_time: 'String',
    buyer_memo: 'String',
    status: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omni.dealer.oders.get`: method, response root, request and response schemas. */
export const taobaoOmniDealerOdersGetOperation = {
  method: 'taobao.omni.dealer.oders.get',
  responseRoot: 'omni_dealer_oders_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单笔全渠道经销商订单的详细信息 — calls TOP method `taobao.omni.dealer.oders.get`.
 *
 * 全渠道经销商获取单笔订单的详细信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniDealerOdersGet(
  client: TopClient,
  request: TaobaoOmniDealerOdersGetRequest,
  options?: CallOptions,
): Promise<TaobaoOmniDealerOdersGetResponse> {
  return client.call<TaobaoOmniDealerOdersGetResponse>(
    {
      method: 'taobao.omni.dealer.oders.get',
      responseRoot: 'omni_dealer_oders_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
