// Generated from specs/tmallnr/tmall.nr.sold.orderlist.query.jst.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.sold.orderlist.query.jst` (已入塔商家查询订单列表). */
export interface TmallNrSoldOrderlistQueryJstRequest {
  /** 入参对象 */
  param0?: TmallNrSoldOrderlistQueryJstNrTimingOrderSoldQueryReqDtoInput;
}

/** Response of `tmall.nr.sold.orderlist.query.jst`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrSoldOrderlistQueryJstResponse {
  /** result */
  result?: TmallNrSoldOrderlistQueryJstNewRetailResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrTimingOrderSoldQueryReqDto` of `tmall.nr.sold.orderlist.query.jst`. */
export interface TmallNrSoldOrderlistQueryJstNrTimingOrderSoldQueryReqDtoInput {
  /** 要查询的订单创建结束时间，开始时间和结束时间之间最多相隔72小时 */
  end_created?: DateInput;
  /** 要查询的订单创建开始时间 */
  start_created?: DateInput;
  /** 要查询订单数据的商家的sellerID */
  brand_seller_id?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 每页大小--当前限制了20 */
  page_size?: Int64Input;
  /** 业务标识，dss标识定时送业务；jsd表示极速达业务 */
  biz_identity?: string;
}

/** `NewRetailResult` of `tmall.nr.sold.orderlist.query.jst`. */
export interface TmallNrSoldOrderlistQueryJstNewRetailResult {
  /** resultData */
  result_data?: TmallNrSoldOrderlistQueryJstNrTimingOrderSoldQueryRespDto;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** successFlag */
  success_flag?: boolean;
}

/** `NrTimingOrderSoldQueryRespDto` of `tmall.nr.sold.orderlist.query.jst`. */
export interface TmallNrSoldOrderlistQueryJstNrTimingOrderSoldQueryRespDto {
  /** 主订单列表 */
  trade_order_detail_d_t_os?: TmallNrSoldOrderlistQueryJstTradeOrderDetailDto[];
  /** 页码 */
  page_size?: Int64;
  /** 总记录数 */
  total_num?: Int64;
  /** 每页大小 */
  page_no?: Int64;
}

/** `TradeOrderDetailDto` of `tmall.nr.sold.orderlist.query.jst`. */
export interface TmallNrSoldOrderlistQueryJstTradeOrderDetailDto {
  /** 子订单列表 */
  order_d_t_os?: TmallNrSoldOrderlistQueryJstNrOrderDto[];
  /** 付款时间 */
  pay_time?: string;
  /** 收货人 */
  receiver_name?: string;
  /** 手机号码 */
  receiver_mobile?: string;
  /** 电话号码 */
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
  /** 商家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 订单创建时间 */
  create_time?: string;
  /** 子订单编号 */
  order_id?: string;
  /** 可选值:TRADE_NO_CREATE_PAY(没有创建支付宝交易)，WAIT_BUYER_PAY(等待买家付款)，SELLER_CONSIGNED_PART(卖家部分发货)，WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款)，WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货)，TRADE_BUYER_SIGNED(买家已签收,货到付款专用)，TRADE_FINISHED(交易成功)，TRADE_CLOSED(付款以后用户退款成功，交易自动关闭)，TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)，PAY_PENDING(国际信用卡支付付款确认中) * WAIT_PRE_AUTH_CONFIRM(0元购合约中)，PAID_FORBID_CONSIGN(拼团中订单或者发货强管控的订单，已付款但禁止发货) */
  status?: string;
  /** 邮费单位分 */
  post_fee?: string;
}

/** `NrOrderDto` of `tmall.nr.sold.orderlist.query.jst`. */
export interface TmallNrSoldOrderlistQueryJstNrOrderDto {
  /** 子订单号 */
  order_id?: Int64;
  /** title */
  title?: string;
  /** itemId */
  item_id?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** 数量 */
  num?: Int64;
  /** 退款状态可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意)，WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货)，WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货)，SELLER_REFUSE_BUYER(卖家拒绝退款)，CLOSED(退款关闭)，SUCCESS(退款成功) */
  refund_status?: string;
  /** 商家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** createTime */
  create_time?: string;
  /** 商家对应的sku的外部编码 */
  outer_id_sku?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    end_created: 'Date',
    start_created: 'Date',
    brand_seller_id: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    biz_identity: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      trade_order_detail_d_t_os: [
        {
          order_d_t_os: [
            {
              order_id: 'Number',
              title: 'String',
              item_id: 'Number',
              sku_id: 'Number',
              num: 'Number',
              refund_status: 'String',
              seller_nick: 'String',
              buyer_nick: 'String',
              create_time: 'Date',
              outer_id_sku: 'String',
            },
          ],
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
          seller_nick: 'String',
          buyer_nick: 'String',
          create_time: 'String',
          order_id: 'String',
          status: 'String',
          post_fee: 'String',
        },
      ],
      page_size: 'Number',
      total_num: 'Number',
      page_no: 'Number',
    },
    error_message: 'String',
    error_code: 'String',
    success_flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.sold.orderlist.query.jst`: method, response root, request and response schemas. */
export const tmallNrSoldOrderlistQueryJstOperation = {
  method: 'tmall.nr.sold.orderlist.query.jst',
  responseRoot: 'tmall_nr_sold_orderlist_query_jst_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 已入塔商家查询订单列表 — calls TOP method `tmall.nr.sold.orderlist.query.jst`.
 *
 * 该服务用于已入聚石塔的商家，获取订单列表信息；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrSoldOrderlistQueryJst(
  client: TopClient,
  request: TmallNrSoldOrderlistQueryJstRequest = {},
  options?: CallOptions,
): Promise<TmallNrSoldOrderlistQueryJstResponse> {
  return client.call<TmallNrSoldOrderlistQueryJstResponse>(
    {
      method: 'tmall.nr.sold.orderlist.query.jst',
      responseRoot: 'tmall_nr_sold_orderlist_query_jst_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
