// Generated from specs/filmtfavatar/taobao.film.tfavatar.bill.ticket.payment.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.film.tfavatar.bill.ticket.payment.query` (获取影院票务账单-支付订单). */
export interface TaobaoFilmTfavatarBillTicketPaymentQueryRequest {
  /** 自运营开放平台APPKEY */
  open_app_key: string;
  /** 影院ID */
  cinema_id: Int64Input;
  /** 开始时间 */
  begin_time: DateInput;
  /** 结束时间 */
  end_time: DateInput;
  /**
   * 包含的订单状态, 默认不填
   *
   * Max list size: 20
   */
  included_order_status?: string[];
  /** offset 下标, 从0开始 */
  offset?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
}

/** Response of `taobao.film.tfavatar.bill.ticket.payment.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFilmTfavatarBillTicketPaymentQueryResponse {
  /** 接口返回model */
  result?: TaobaoFilmTfavatarBillTicketPaymentQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.film.tfavatar.bill.ticket.payment.query`. */
export interface TaobaoFilmTfavatarBillTicketPaymentQueryResult {
  /** 返回码 */
  return_code?: string;
  /** 返回参数 */
  return_value?: TaobaoFilmTfavatarBillTicketPaymentQueryReturnValue;
  /** 请求id */
  request_id?: string;
  /** msg */
  return_message?: string;
}

/** `ReturnValue` of `taobao.film.tfavatar.bill.ticket.payment.query`. */
export interface TaobaoFilmTfavatarBillTicketPaymentQueryReturnValue {
  /** 数据, 包含: 淘宝订单号,系统商订单号,影院ID,影院名称,售票类型,支付时间,退款时间,改签时间,场次时间,影片名,类型,影厅,是否会员卡订单(票类),张数,影院实结金额,实结票款,原始结算价,回传售票系统价格,最低限价,影院总补贴,影城卡补贴,自促立减补贴,自促代金券补贴,自促影城卡首单补贴,平台票补,影城服务费,退改签手续费,活动成本总金额,会员赠票,联合促销金额,满赠卡编号,折扣卡编号,备注,是否后结算, */
  data?: string;
  /** 数据数量 */
  count?: Int64;
}

const REQUEST_SCHEMA = {
  open_app_key: 'String',
  cinema_id: 'Number',
  begin_time: 'Date',
  end_time: 'Date',
  included_order_status: ['String'],
  offset: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_value: {
      data: 'String',
      count: 'Number',
    },
    request_id: 'String',
    return_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.film.tfavatar.bill.ticket.payment.query`: method, response root, request and response schemas. */
export const taobaoFilmTfavatarBillTicketPaymentQueryOperation = {
  method: 'taobao.film.tfavatar.bill.ticket.payment.query',
  responseRoot: 'film_tfavatar_bill_ticket_payment_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取影院票务账单-支付订单 — calls TOP method `taobao.film.tfavatar.bill.ticket.payment.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFilmTfavatarBillTicketPaymentQuery(
  client: TopClient,
  request: TaobaoFilmTfavatarBillTicketPaymentQueryRequest,
  options?: CallOptions,
): Promise<TaobaoFilmTfavatarBillTicketPaymentQueryResponse> {
  return client.call<TaobaoFilmTfavatarBillTicketPaymentQueryResponse>(
    {
      method: 'taobao.film.tfavatar.bill.ticket.payment.query',
      responseRoot: 'film_tfavatar_bill_ticket_payment_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
