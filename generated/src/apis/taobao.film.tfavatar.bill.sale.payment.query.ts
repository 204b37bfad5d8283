// Generated from specs/filmtfavatar/taobao.film.tfavatar.bill.sale.payment.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.film.tfavatar.bill.sale.payment.query` (获取影院卖品账单--支付账单). */
export interface TaobaoFilmTfavatarBillSalePaymentQueryRequest {
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

/** Response of `taobao.film.tfavatar.bill.sale.payment.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFilmTfavatarBillSalePaymentQueryResponse {
  /** 接口返回model */
  result?: TaobaoFilmTfavatarBillSalePaymentQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.film.tfavatar.bill.sale.payment.query`. */
export interface TaobaoFilmTfavatarBillSalePaymentQueryResult {
  /** 返回码 */
  return_code?: string;
  /** 返回参数 */
  return_value?: TaobaoFilmTfavatarBillSalePaymentQueryReturnValue;
  /** 请求id */
  request_id?: string;
  /** msg */
  return_message?: string;
}

/** `ReturnValue` of `taobao.film.tfavatar.bill.sale.payment.query`. */
export interface TaobaoFilmTfavatarBillSalePaymentQueryReturnValue {
  /** 数据: 包含: 淘宝订单ID,系统商订单号,付款时间,核销时间,影院ID,影院名称,卖品名称,卖品内容,卖品来源,卖品结算单价,卖品数量,实际结算金额,卖品结算总价,影院卖品补贴,订单状态,退款状态,会员卡标识,备注,是否后结算, */
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

/** Static description of `taobao.film.tfavatar.bill.sale.payment.query`: method, response root, request and response schemas. */
export const taobaoFilmTfavatarBillSalePaymentQueryOperation = {
  method: 'taobao.film.tfavatar.bill.sale.payment.query',
  responseRoot: 'film_tfavatar_bill_sale_payment_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取影院卖品账单--支付账单 — calls TOP method `taobao.film.tfavatar.bill.sale.payment.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFilmTfavatarBillSalePaymentQuery(
  client: TopClient,
  request: TaobaoFilmTfavatarBillSalePaymentQueryRequest,
  options?: CallOptions,
): Promise<TaobaoFilmTfavatarBillSalePaymentQueryResponse> {
  return client.call<TaobaoFilmTfavatarBillSalePaymentQueryResponse>(
    {
      method: 'taobao.film.tfavatar.bill.sale.payment.query',
      responseRoot: 'film_tfavatar_bill_sale_payment_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
