// Generated from specs/ottpay/youku.ott.pay.order.authpay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.pay.order.authpay` (委托代扣服务). */
export interface YoukuOttPayOrderAuthpayRequest {
  /** cp用户名 */
  buyer: string;
  /** 连续包月原始cp订单号 */
  original_order_no: string;
  /** 委托扣款cp订单号 */
  order_no: string;
  /** 已配置开通连续包月的产品id */
  product_id: string;
  /** 回调 */
  callback_url?: string;
}

/** Response of `youku.ott.pay.order.authpay`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttPayOrderAuthpayResponse {
  /** data */
  data?: YoukuOttPayOrderAuthpayTvOrderResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvOrderResultDto` of `youku.ott.pay.order.authpay`. */
export interface YoukuOttPayOrderAuthpayTvOrderResultDto {
  /** qcodeUrl */
  qcode_url?: string;
  /** 版本号 */
  version_code?: string;
  /** cp本次订单号 */
  order_no?: string;
  /** cp原始订单号 */
  cp_order_no?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  buyer: 'String',
  original_order_no: 'String',
  order_no: 'String',
  product_id: 'String',
  callback_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    qcode_url: 'String',
    version_code: 'String',
    order_no: 'String',
    cp_order_no: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.pay.order.authpay`: method, response root, request and response schemas. */
export const youkuOttPayOrderAuthpayOperation = {
  method: 'youku.ott.pay.order.authpay',
  responseRoot: 'youku_ott_pay_order_authpay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 委托代扣服务 — calls TOP method `youku.ott.pay.order.authpay`.
 *
 * 应用中心sdk连续包月委托代扣服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttPayOrderAuthpay(
  client: TopClient,
  request: YoukuOttPayOrderAuthpayRequest,
  options?: CallOptions,
): Promise<YoukuOttPayOrderAuthpayResponse> {
  return client.call<YoukuOttPayOrderAuthpayResponse>(
    {
      method: 'youku.ott.pay.order.authpay',
      responseRoot: 'youku_ott_pay_order_authpay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
