// Generated from specs/tmallnr/tmall.nr.order.query.jst.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.order.query.jst` (获取同城配送业务单笔订单). */
export interface TmallNrOrderQueryJstRequest {
  /** 业务标识，dss标识定时送业务；jsd表示极速达业务 */
  biz_identity?: string;
  /** 交易主订单号 */
  order_id?: Int64Input;
  /** 预留-扩展信息 */
  ext_param?: string;
}

/** Response of `tmall.nr.order.query.jst`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrOrderQueryJstResponse {
  /** result */
  result?: TmallNrOrderQueryJstNewRetailResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NewRetailResult` of `tmall.nr.order.query.jst`. */
export interface TmallNrOrderQueryJstNewRetailResult {
  /** 返回数据 */
  result_data?: TmallNrOrderQueryJstTradeOrderDetailDto;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** successFlag */
  success_flag?: boolean;
}

/** `TradeOrderDetailDto` of `tmall.nr.order.query.jst`. */
export interface TmallNrOrderQueryJstTradeOrderDetailDto {
  /** 子订单列表 */
  order_d_t_os?: TmallNrOrderQueryJstNrOrderDto[];
  /** 商家门店编码 */
  out_id_store_code?: string;
  /** 商家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 创建时间 */
  create_time?: string;
  /** 主订单 */
  order_id?: Int64;
  /** 交易状态可选值:TRADE_NO_CREATE_PAY(没有创建支付宝交易)，WAIT_BUYER_PAY(等待买家付款)，SELLER_CONSIGNED_PART(卖家部分发货)，WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款)，WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货)，TRADE_BUYER_SIGNED(买家已签收,货到付款专用)，TRADE_FINISHED(交易成功)，TRADE_CLOSED(付款以后用户退款成功，交易自动关闭)，TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)，PAY_PENDING(国际信用卡支付付款确认中) * WAIT_PRE_AUTH_CONFIRM(0元购合约中)，PAID_FORBID_CONSIGN(拼团中订单或者发货强管控的订单，已付款但禁止发货) */
  status?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 收货人 */
  receiver_name?: string;
  /** 手机 */
  receiver_mobile?: string;
  /** 电话 */
  receiver_phone?: string;
  /** 省 */
  receiver_province?: string;
  /** 市 */
  receiver_city?: string;
  /** 区 */
  receiver_district?: string;
  /** 镇 */
  receiver_town?: string;
  /** 收货地址 */
  receiver_address?: string;
  /** 预约开始时间 */
  appoint_start_time?: string;
  /** 预约结束时间 */
  appoint_end_time?: string;
  /** 门店编码 */
  store_code?: string;
  /** 邮费单位分 */
  post_fee?: string;
  /** 买家留言 */
  buyer_memo?: string;
}

/** `NrOrderDto` of `tmall.nr.order.query.jst`. */
export interface TmallNrOrderQueryJstNrOrderDto {
  /** 店铺优惠的分摊 */
  discount_fee?: Int64;
  /** 修改价格修改的金额 */
  adjust_fee?: Int64;
  /** 子订单号 */
  order_id?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品id */
  item_id?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** 数量 */
  num?: Int64;
  /** 退款状态退款状态。退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意)，WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货)，WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货)，SELLER_REFUSE_BUYER(卖家拒绝退款)，CLOSED(退款关闭)，SUCCESS(退款成功) */
  refund_status?: string;
  /** 商家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 创建时间 */
  create_time?: string;
  /** 商家商品编码 */
  out_id_item_code?: string;
  /** 实际付款金额 */
  actual_paid_fee?: Int64;
  /** 商品价格 */
  auction_price?: Int64;
  /** 商家sku的外部编码 */
  outer_id_sku?: string;
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
          discount_fee: 'Number',
          adjust_fee: 'Number',
          order_id: 'Number',
          title: 'String',
          item_id: 'Number',
          sku_id: 'Number',
          num: 'Number',
          refund_status: 'String',
          seller_nick: 'String',
          buyer_nick: 'String',
          create_time: 'Date',
          out_id_item_code: 'String',
          actual_paid_fee: 'Number',
          auction_price: 'Number',
          outer_id_sku: 'String',
        },
      ],
      out_id_store_code: 'String',
      seller_nick: 'String',
      buyer_nick: 'String',
      create_time: 'String',
      order_id: 'Number',
      status: 'String',
      pay_time: 'String',
      receiver_name: 'String',
      receiver_mobile: 'String',
      receiver_phone: 'String',
      receiver_province: 'String',
      receiver_city: 'String',
      receiver_district: 'String',
      receiver_town: 'String',
      receiver_address: 'String',
      appoint_start_time: 'String',
      appoint_end_time: 'String',
      store_code: 'String',
      post_fee: 'String',
      buyer_memo: 'String',
    },
    error_message: 'String',
    error_code: 'String',
    success_flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.order.query.jst`: method, response root, request and response schemas. */
export const tmallNrOrderQueryJstOperation = {
  method: 'tmall.nr.order.query.jst',
  responseRoot: 'tmall_nr_order_query_jst_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取同城配送业务单笔订单 — calls TOP method `tmall.nr.order.query.jst`.
 *
 * 同城配送业务获取单笔订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrOrderQueryJst(
  client: TopClient,
  request: TmallNrOrderQueryJstRequest = {},
  options?: CallOptions,
): Promise<TmallNrOrderQueryJstResponse> {
  return client.call<TmallNrOrderQueryJstResponse>(
    {
      method: 'tmall.nr.order.query.jst',
      responseRoot: 'tmall_nr_order_query_jst_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
