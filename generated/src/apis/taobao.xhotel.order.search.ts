// Generated from specs/xhotelonlineorder/taobao.xhotel.order.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.search` (酒店产品库订单查询). */
export interface TaobaoXhotelOrderSearchRequest {
  /** 酒店订单oids列表，多个oid用英文逗号隔开，一次不超过20个。 */
  order_ids?: string;
  /** 酒店订单tids列表，多个tid用英文逗号隔开，一次不超过20个。oids和tids都传的情况下默认使用tids */
  order_tids?: string;
  /** 订单创建时间查询起始时间，格式为：yyyy-MM-dd HH:mm:ss */
  created_start: DateInput;
  /** 订单创建时间查询结束时间，格式为：yyyy-MM-dd HH:mm:ss。不能早于created_start或者间隔不能大于30 */
  created_end: DateInput;
  /** 分页页码。取值范围，大于零的整数，默认值1，即返回第一页的数据。页面大小为20 */
  page_no?: Int64Input;
  /** 系统商标识 */
  vendor?: string;
  /** 外部订单号out_oids列表，多个oid用英文逗号隔开，一次不超过20个。 */
  out_oids?: string;
  /** 入住时间查询起始时间，格式为：yyyy-MM-dd HH:mm:ss */
  checkin_date_start?: DateInput;
  /** 入住时间查询结束时间，格式为：yyyy-MM-dd HH:mm:ss。不能早于checkin_date_start或者间隔不能大于30 */
  checkin_date_end?: DateInput;
  /** 离店时间查询起始时间，格式为：yyyy-MM-dd HH:mm:ss */
  checkout_date_start?: DateInput;
  /** 离店时间查询结束时间，格式为：yyyy-MM-dd HH:mm:ss。不能早于checkout_date_start或者间隔不能大于30 */
  checkout_date_end?: DateInput;
  /** 订单状态（可发多个，逗号隔开） */
  trade_status?: string;
  /** 订单类型（true为直连，false为非直连） */
  direct?: boolean;
}

/** Response of `taobao.xhotel.order.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderSearchResponse {
  /** 订单信息 */
  hotel_orders?: TaobaoXhotelOrderSearchXHotelOrder[];
  /** 符合条件的结果总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XHotelOrder` of `taobao.xhotel.order.search`. */
export interface TaobaoXhotelOrderSearchXHotelOrder {
  /** 酒店id */
  hid?: Int64;
  /** 合作方订单号,最长250个字符 */
  out_oid?: string;
  /** 离店时间 */
  checkout_date?: string;
  /** 入住人信息 */
  guests?: TaobaoXhotelOrderSearchXOrderGuest[];
  /** RatePlan 中的 rpid */
  rpid?: Int64;
  /** 支付类型 可选值 1：预付 5：前台面付 */
  type?: Int64;
  /** 订单创建时间 */
  created?: string;
  /** 酒店订单id */
  oid?: Int64;
  /** tid */
  tid?: Int64;
  /** 买家最晚到达时间 */
  arrive_late?: string;
  /** 联系人姓名 */
  contact_name?: string;
  /** 入住时间 */
  checkin_date?: string;
  /** 天数 */
  nights?: Int64;
  /** 卖家淘宝账号 */
  seller_nick?: string;
  /** 房间数 */
  room_number?: Int64;
  /** 实付款（分） */
  payment?: Int64;
  /** 联系人电话 */
  contact_phone?: string;
  /** 买家最早到达时间 */
  arrive_early?: string;
  /** 付款时间 */
  pay_time?: string;
  /** 交易状态。 WAIT_BUYER_PAY:预订中/等待买家付款, WAIT_SELLER_SEND_GOODS:预订中/等待卖家发货(确认), TRADE_CLOSED:结束/预订失败/交易关闭, TRADE_FINISHED:结束/交易成功, TRADE_NO_CREATE_PAY:结束/预订失败/没有创建支付宝交易, TRADE_CLOSED_BY_TAOBAO:结束/预订失败/预订被卖家关闭, TRADE_SUCCESS:交易中/预订成功/卖家已确认, TRADE_CHECKIN:交易中/预定成功/买家入住, TRADE_CHECKOUT:交易中/预定成功/买家离店, TRADE_SETTLEING:交易中/预定成功/结账中, TRADE_SETTLE_SUCCESS:结束/预定成功/结账成功 */
  trade_status?: string;
  /** 订单修改时间 */
  modified?: string;
  /** 买家淘宝账号 */
  buyer_nick?: string;
  /** 买家留言 */
  message?: string;
  /** 房型id */
  rid?: Int64;
  /** 结束时间 */
  end_time?: string;
  /** 总房价（分） */
  total_room_price?: Int64;
  /** 商品id */
  gid?: Int64;
  /** 下单时每间夜的价格（分） */
  prices?: Int64[];
  /** 支付宝交易号，28位字符 */
  alipay_trade_no?: string;
  /** 预付订单使用，1未发货，2已发货，3已收货，4已经退货，8还未创建物流订单 */
  logistics_status?: string;
  /** 预付订单使用，1买家已经申请退款，等待卖家同意，2卖家已经同意退款，等待买家退货，3买家已经退货，等待卖家确认收货，4退款关闭，5退款成功，6卖家拒绝退款，9没有申请退款 */
  refund_status?: string;
}

/** `XOrderGuest` of `taobao.xhotel.order.search`. */
export interface TaobaoXhotelOrderSearchXOrderGuest {
  /** 入住人姓名 */
  name?: string;
  /** 房间序号 */
  room_pos?: Int64;
  /** 入住人序号 */
  person_pos?: Int64;
}

const REQUEST_SCHEMA = {
  order_ids: 'String',
  order_tids: 'String',
  created_start: 'Date',
  created_end: 'Date',
  page_no: 'Number',
  vendor: 'String',
  out_oids: 'String',
  checkin_date_start: 'Date',
  checkin_date_end: 'Date',
  checkout_date_start: 'Date',
  checkout_date_end: 'Date',
  trade_status: 'String',
  direct: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hotel_orders: [
    {
      hid: 'Number',
      out_oid: 'String',
      checkout_date: 'Date',
      guests: [
        {
          name: 'String',
          room_pos: 'Number',
          person_pos: 'Number',
        },
      ],
      rpid: 'Number',
      type: 'Number',
      created: 'Date',
      oid: 'Number',
      tid: 'Number',
      arrive_late: 'Date',
      contact_name: 'String',
      checkin_date: 'Date',
      nights: 'Number',
      seller_nick: 'String',
      room_number: 'Number',
      payment: 'Number',
      contact_phone: 'String',
      arrive_early: 'Date',
      pay_time: 'Date',
      trade_status: 'String',
      modified: 'Date',
      buyer_nick: 'String',
      message: 'String',
      rid: 'Number',
      end_time: 'Date',
      total_room_price: 'Number',
      gid: 'Number',
      prices: ['Number'],
      alipay_trade_no: 'String',
      logistics_status: 'String',
      refund_status: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.search`: method, response root, request and response schemas. */
export const taobaoXhotelOrderSearchOperation = {
  method: 'taobao.xhotel.order.search',
  responseRoot: 'xhotel_order_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店产品库订单查询 — calls TOP method `taobao.xhotel.order.search`.
 *
 * 酒店产品库订单查询功能，查询90天内的订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderSearch(
  client: TopClient,
  request: TaobaoXhotelOrderSearchRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderSearchResponse> {
  return client.call<TaobaoXhotelOrderSearchResponse>(
    {
      method: 'taobao.xhotel.order.search',
      responseRoot: 'xhotel_order_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
