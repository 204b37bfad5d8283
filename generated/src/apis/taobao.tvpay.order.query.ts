// Generated from specs/tvpay/taobao.tvpay.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.order.query` (tv支付查询订单状态). */
export interface TaobaoTvpayOrderQueryRequest {
  /** 设备id */
  device_id: string;
  /** 来源 */
  from?: string;
  /** 牌照方 */
  license?: string;
  /** 业务订单号 */
  biz_order_id?: string;
  /** 是否淘系 */
  is_tao?: boolean;
  /** 支付宝订单号 */
  order_no?: string;
  /** 订单类型 */
  order_type: string;
  /** 外部订单号 */
  out_order_no?: string;
}

/** Response of `taobao.tvpay.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayOrderQueryResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayOrderQueryTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.order.query`. */
export interface TaobaoTvpayOrderQueryTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayOrderQueryQueryPayResultResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `QueryPayResultResultDo` of `taobao.tvpay.order.query`. */
export interface TaobaoTvpayOrderQueryQueryPayResultResultDo {
  /** 支付资金组成情况 */
  fund_money?: string;
  /** 支付资金组成情况 */
  fund_money_code?: string;
  /** 订单状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  from: 'String',
  license: 'String',
  biz_order_id: 'String',
  is_tao: 'Boolean',
  order_no: 'String',
  order_type: 'String',
  out_order_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      fund_money: 'String',
      fund_money_code: 'String',
      status: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.order.query`: method, response root, request and response schemas. */
export const taobaoTvpayOrderQueryOperation = {
  method: 'taobao.tvpay.order.query',
  responseRoot: 'tvpay_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tv支付查询订单状态 — calls TOP method `taobao.tvpay.order.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayOrderQuery(
  client: TopClient,
  request: TaobaoTvpayOrderQueryRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayOrderQueryResponse> {
  return client.call<TaobaoTvpayOrderQueryResponse>(
    {
      method: 'taobao.tvpay.order.query',
      responseRoot: 'tvpay_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
