// Generated from specs/alihouse/tmall.alihouse.trade.coupon.order.code.exchange.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.alihouse.trade.coupon.order.code.exchange` (核销券码). */
export interface TmallAlihouseTradeCouponOrderCodeExchangeRequest {
  /** 核销码 */
  exchange_code_dto: TmallAlihouseTradeCouponOrderCodeExchangeExchangeCodeDTOInput;
}

/** Response of `tmall.alihouse.trade.coupon.order.code.exchange`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAlihouseTradeCouponOrderCodeExchangeResponse {
  /** 接口返回model */
  result?: TmallAlihouseTradeCouponOrderCodeExchangeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExchangeCodeDTO` of `tmall.alihouse.trade.coupon.order.code.exchange`. */
export interface TmallAlihouseTradeCouponOrderCodeExchangeExchangeCodeDTOInput {
  /** 备注 */
  remark?: string;
  /** 券码 */
  coupon_code: string;
  /** 门店ID */
  store_id?: Int64Input;
}

/** `Result` of `tmall.alihouse.trade.coupon.order.code.exchange`. */
export interface TmallAlihouseTradeCouponOrderCodeExchangeResult {
  /** 结果说明 */
  msg?: string;
  /** code */
  code?: string;
  /** 结果 */
  data?: boolean;
  /** 是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  exchange_code_dto: {
    remark: 'String',
    coupon_code: 'String',
    store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    data: 'Boolean',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.alihouse.trade.coupon.order.code.exchange`: method, response root, request and response schemas. */
export const tmallAlihouseTradeCouponOrderCodeExchangeOperation = {
  method: 'tmall.alihouse.trade.coupon.order.code.exchange',
  responseRoot: 'tmall_alihouse_trade_coupon_order_code_exchange_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 核销券码 — calls TOP method `tmall.alihouse.trade.coupon.order.code.exchange`.
 *
 * ETC核销券码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAlihouseTradeCouponOrderCodeExchange(
  client: TopClient,
  request: TmallAlihouseTradeCouponOrderCodeExchangeRequest,
  options?: CallOptions,
): Promise<TmallAlihouseTradeCouponOrderCodeExchangeResponse> {
  return client.call<TmallAlihouseTradeCouponOrderCodeExchangeResponse>(
    {
      method: 'tmall.alihouse.trade.coupon.order.code.exchange',
      responseRoot: 'tmall_alihouse_trade_coupon_order_code_exchange_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
