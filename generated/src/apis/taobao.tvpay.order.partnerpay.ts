// Generated from specs/tvpay/taobao.tvpay.order.partnerpay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.order.partnerpay` (tv支付第三方支付订单). */
export interface TaobaoTvpayOrderPartnerpayRequest {
  /** 设备id */
  device_id: string;
  /** 来源 */
  from?: string;
  /** 牌照方 */
  license?: string;
  /** 订单信息 */
  data: string;
  /** 支付方式 */
  pay_type?: string;
}

/** Response of `taobao.tvpay.order.partnerpay`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayOrderPartnerpayResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayOrderPartnerpayTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.order.partnerpay`. */
export interface TaobaoTvpayOrderPartnerpayTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayOrderPartnerpayPartnerPayResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `PartnerPayResultDo` of `taobao.tvpay.order.partnerpay`. */
export interface TaobaoTvpayOrderPartnerpayPartnerPayResultDo {
  /** 金额 */
  fund_money?: string;
  /** 金额构成 */
  fund_money_code?: string;
  /** 手机号 */
  mobile?: string;
  /** 订单号 */
  order_no?: string;
  /** 支付结果码 */
  pay_code?: string;
  /** 支付模式码 */
  pay_mode?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  from: 'String',
  license: 'String',
  data: 'String',
  pay_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      fund_money: 'String',
      fund_money_code: 'String',
      mobile: 'String',
      order_no: 'String',
      pay_code: 'String',
      pay_mode: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.order.partnerpay`: method, response root, request and response schemas. */
export const taobaoTvpayOrderPartnerpayOperation = {
  method: 'taobao.tvpay.order.partnerpay',
  responseRoot: 'tvpay_order_partnerpay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tv支付第三方支付订单 — calls TOP method `taobao.tvpay.order.partnerpay`.
 *
 * tv支付第三方发起并支付订单（使用设备授权）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayOrderPartnerpay(
  client: TopClient,
  request: TaobaoTvpayOrderPartnerpayRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayOrderPartnerpayResponse> {
  return client.call<TaobaoTvpayOrderPartnerpayResponse>(
    {
      method: 'taobao.tvpay.order.partnerpay',
      responseRoot: 'tvpay_order_partnerpay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
