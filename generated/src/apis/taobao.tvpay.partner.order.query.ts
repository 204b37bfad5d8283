// Generated from specs/tvpay/taobao.tvpay.partner.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.partner.order.query` (商户查询订单). */
export interface TaobaoTvpayPartnerOrderQueryRequest {
  /** 商户订单号 */
  order_no: string;
}

/** Response of `taobao.tvpay.partner.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayPartnerOrderQueryResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayPartnerOrderQueryTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.partner.order.query`. */
export interface TaobaoTvpayPartnerOrderQueryTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayPartnerOrderQueryGetPartnerPayResultResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `GetPartnerPayResultResultDo` of `taobao.tvpay.partner.order.query`. */
export interface TaobaoTvpayPartnerOrderQueryGetPartnerPayResultResultDo {
  /** 加密串，订单详情 */
  data?: string;
}

const REQUEST_SCHEMA = {
  order_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      data: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.partner.order.query`: method, response root, request and response schemas. */
export const taobaoTvpayPartnerOrderQueryOperation = {
  method: 'taobao.tvpay.partner.order.query',
  responseRoot: 'tvpay_partner_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户查询订单 — calls TOP method `taobao.tvpay.partner.order.query`.
 *
 * 给商户提供的查询订单状态的API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayPartnerOrderQuery(
  client: TopClient,
  request: TaobaoTvpayPartnerOrderQueryRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayPartnerOrderQueryResponse> {
  return client.call<TaobaoTvpayPartnerOrderQueryResponse>(
    {
      method: 'taobao.tvpay.partner.order.query',
      responseRoot: 'tvpay_partner_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
