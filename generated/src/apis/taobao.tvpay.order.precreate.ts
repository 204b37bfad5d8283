// Generated from specs/tvpay/taobao.tvpay.order.precreate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.order.precreate` (tv支付预下单). */
export interface TaobaoTvpayOrderPrecreateRequest {
  /** 设备id */
  device_id: string;
  /** 来源 */
  from?: string;
  /** 牌照方 */
  license?: string;
  /** 订单详情 */
  data: string;
}

/** Response of `taobao.tvpay.order.precreate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayOrderPrecreateResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayOrderPrecreateTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.order.precreate`. */
export interface TaobaoTvpayOrderPrecreateTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayOrderPrecreatePreCreateResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `PreCreateResultDo` of `taobao.tvpay.order.precreate`. */
export interface TaobaoTvpayOrderPrecreatePreCreateResultDo {
  /** 外部订单号 */
  out_order_no?: string;
  /** 二维码 */
  qr_code?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  from: 'String',
  license: 'String',
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      out_order_no: 'String',
      qr_code: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.order.precreate`: method, response root, request and response schemas. */
export const taobaoTvpayOrderPrecreateOperation = {
  method: 'taobao.tvpay.order.precreate',
  responseRoot: 'tvpay_order_precreate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tv支付预下单 — calls TOP method `taobao.tvpay.order.precreate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayOrderPrecreate(
  client: TopClient,
  request: TaobaoTvpayOrderPrecreateRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayOrderPrecreateResponse> {
  return client.call<TaobaoTvpayOrderPrecreateResponse>(
    {
      method: 'taobao.tvpay.order.precreate',
      responseRoot: 'tvpay_order_precreate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
