// Generated from specs/jipiao/taobao.alitrip.seller.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.refund.get` (【机票代理商】退票申请单详情). */
export interface TaobaoAlitripSellerRefundGetRequest {
  /** 申请单ID */
  apply_id: Int64Input;
}

/** Response of `taobao.alitrip.seller.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerRefundGetResponse {
  /** 返回结果 */
  result?: TaobaoAlitripSellerRefundGetResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.alitrip.seller.refund.get`. */
export interface TaobaoAlitripSellerRefundGetResultDo {
  /** 系统自动生成 */
  errorCode?: string;
  /** 系统自动生成 */
  errorMsg?: string;
  /** 申请单详情 */
  results?: TaobaoAlitripSellerRefundGetReturnTicketDetail;
  /** 调用是否成功 */
  success?: boolean;
}

/** `ReturnTicketDetail` of `taobao.alitrip.seller.refund.get`. */
export interface TaobaoAlitripSellerRefundGetReturnTicketDetail {
  /** 申请单ID */
  apply_id?: Int64;
  /** 退票原因 */
  apply_reason_type?: Int64;
  /** 退票申请时间 */
  apply_time?: string;
  /** 退票成功时间 */
  first_process_time?: string;
  /** 订单号 */
  order_id?: Int64;
  /** 退款成功时间 */
  pay_success_time?: string;
  /** 申退原因 */
  reason?: string;
  /** 退款手续费（分） */
  refund_fee?: Int64;
  /** 退款金额（退给买家的钱）（分） */
  refund_money?: Int64;
  /** 人的费用信息 */
  return_apply_passenge?: TaobaoAlitripSellerRefundGetReturnApplyPassenge[];
  /** 申请单状态（1初始 2接受 3确认 4失败 5买家处理 6卖家处理 7等待小二回填 8退款成功） */
  status?: Int64;
  /** creditMoney */
  credit_money?: Int64;
}

/** `ReturnApplyPassenge` of `taobao.alitrip.seller.refund.get`. */
export interface TaobaoAlitripSellerRefundGetReturnApplyPassenge {
  /** 优惠后票面价 */
  discount_ticket_price?: Int64;
  /** 人ID */
  id?: Int64;
  /** 乘机人姓名 */
  passenger_name?: string;
  /** 乘机人类型 */
  passenger_type?: Int64;
  /** 退款手续费 */
  refund_fee?: Int64;
  /** 退款金额 */
  refund_money?: Int64;
  /** 退款航段信息 */
  return_ticket_segment?: TaobaoAlitripSellerRefundGetReturnTicketSegment[];
  /** 票价信息(分) */
  ticket_price?: Int64;
  /** 优惠券金额 */
  voucher_price?: Int64;
}

/** `ReturnTicketSegment` of `taobao.alitrip.seller.refund.get`. */
export interface TaobaoAlitripSellerRefundGetReturnTicketSegment {
  /** 到达机场三字码 */
  arr_airport_code?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 单个航段机场建设费用（分） */
  build_fee?: Int64;
  /** 出发机场三字码 */
  dep_airport_code?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 起飞时间 */
  dep_time?: string;
  /** 航班号 */
  flight_no?: string;
  /** 航段ID */
  id?: Int64;
  /** 单个航段机场建燃油费用 */
  oil_tax?: Int64;
  /** 改签手续费(分) */
  refund_modify_fee?: Int64;
  /** 升舱手续费（分） */
  refund_upgrade_fee?: Int64;
  /** 票状态是否挂起 */
  suspend?: boolean;
  /** 票号信息 */
  ticket_no?: string;
  /** 去程0 回程1 */
  trip_type?: Int64;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    errorCode: 'String',
    errorMsg: 'String',
    results: {
      apply_id: 'Number',
      apply_reason_type: 'Number',
      apply_time: 'Date',
      first_process_time: 'Date',
      order_id: 'Number',
      pay_success_time: 'Date',
      reason: 'String',
      refund_fee: 'Number',
      refund_money: 'Number',
      return_apply_passenge: [
        {
          discount_ticket_price: 'Number',
          id: 'Number',
          passenger_name: 'String',
          passenger_type: 'Number',
          refund_fee: 'Number',
          refund_money: 'Number',
          return_ticket_segment: [
            {
              arr_airport_code: 'String',
              arr_city: 'String',
              build_fee: 'Number',
              dep_airport_code: 'String',
              dep_city: 'String',
              dep_time: 'Date',
              flight_no: 'String',
              id: 'Number',
              oil_tax: 'Number',
              refund_modify_fee: 'Number',
              refund_upgrade_fee: 'Number',
              suspend: 'Boolean',
              ticket_no: 'String',
              trip_type: 'Number',
            },
          ],
          ticket_price: 'Number',
          voucher_price: 'Number',
        },
      ],
      status: 'Number',
      credit_money: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.refund.get`: method, response root, request and response schemas. */
export const taobaoAlitripSellerRefundGetOperation = {
  method: 'taobao.alitrip.seller.refund.get',
  responseRoot: 'alitrip_seller_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商】退票申请单详情 — calls TOP method `taobao.alitrip.seller.refund.get`.
 *
 * 查询退票申请单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerRefundGet(
  client: TopClient,
  request: TaobaoAlitripSellerRefundGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripSellerRefundGetResponse> {
  return client.call<TaobaoAlitripSellerRefundGetResponse>(
    {
      method: 'taobao.alitrip.seller.refund.get',
      responseRoot: 'alitrip_seller_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
