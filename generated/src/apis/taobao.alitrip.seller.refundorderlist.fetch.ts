// Generated from specs/jipiao/taobao.alitrip.seller.refundorderlist.fetch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.refundorderlist.fetch` (【机票代理商】——退票订单列表提取). */
export interface TaobaoAlitripSellerRefundorderlistFetchRequest {
  /** 提取数据的结束时间 */
  end_date: DateInput;
  /** 提取数据的开始时间 */
  start_date: DateInput;
  /** 1：初始，2：接受，3：确认，4：失败，5：买家处理，6：卖家处理，7：等待小二回填，8：退款成功 */
  status?: Int64Input;
}

/** Response of `taobao.alitrip.seller.refundorderlist.fetch`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerRefundorderlistFetchResponse {
  /** 退票订单列表 */
  result_list?: TaobaoAlitripSellerRefundorderlistFetchReturnApplyDo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReturnApplyDo` of `taobao.alitrip.seller.refundorderlist.fetch`. */
export interface TaobaoAlitripSellerRefundorderlistFetchReturnApplyDo {
  /** 航线二字码 */
  airline_code?: string;
  /** 退票提交时间 */
  apply_time?: string;
  /** 到达机场三字码 */
  arr_airport_code?: string;
  /** 舱位 */
  cabin?: string;
  /** 出发机场三字码 */
  dep_airport_code?: string;
  /** 到达时间 */
  dep_time?: string;
  /** 退票成功时间 */
  first_process_time?: string;
  /** 航班号 */
  flight_no?: string;
  /** 数据项id */
  id?: Int64;
  /** 订单号 */
  order_id?: Int64;
  /** 乘机人姓名 */
  passenger_name?: string;
  /** 退款成功时间 */
  pay_success_time?: string;
  /** 退票手续费（单位：元） */
  refund_fee?: Int64;
  /** 退款金额（单位：元） */
  refund_money?: Int64;
  /** 票号 */
  ticket_no?: string;
  /** 退票状态，1：初始，2：接受，3：确认，4：失败，5：买家处理，6：卖家处理，7：等待小二回填，8：退款成功 */
  status?: Int64;
  /** 退票原因 */
  refund_reason?: string;
  /** 是否自愿 */
  is_voluntary?: boolean;
}

const REQUEST_SCHEMA = {
  end_date: 'Date',
  start_date: 'Date',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      airline_code: 'String',
      apply_time: 'Date',
      arr_airport_code: 'String',
      cabin: 'String',
      dep_airport_code: 'String',
      dep_time: 'Date',
      first_process_time: 'Date',
      flight_no: 'String',
      id: 'Number',
      order_id: 'Number',
      passenger_name: 'String',
      pay_success_time: 'Date',
      refund_fee: 'Number',
      refund_money: 'Number',
      ticket_no: 'String',
      status: 'Number',
      refund_reason: 'String',
      is_voluntary: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.refundorderlist.fetch`: method, response root, request and response schemas. */
export const taobaoAlitripSellerRefundorderlistFetchOperation = {
  method: 'taobao.alitrip.seller.refundorderlist.fetch',
  responseRoot: 'alitrip_seller_refundorderlist_fetch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商】——退票订单列表提取 — calls TOP method `taobao.alitrip.seller.refundorderlist.fetch`.
 *
 * 代理商纬度退票订单列表提取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerRefundorderlistFetch(
  client: TopClient,
  request: TaobaoAlitripSellerRefundorderlistFetchRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripSellerRefundorderlistFetchResponse> {
  return client.call<TaobaoAlitripSellerRefundorderlistFetchResponse>(
    {
      method: 'taobao.alitrip.seller.refundorderlist.fetch',
      responseRoot: 'alitrip_seller_refundorderlist_fetch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
