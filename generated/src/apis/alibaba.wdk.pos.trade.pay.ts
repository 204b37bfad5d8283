// Generated from specs/trade/alibaba.wdk.pos.trade.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.pos.trade.pay` (轻pos品牌营销支付接口). */
export interface AlibabaWdkPosTradePayRequest {
  /** 支付请求 */
  pay_request?: AlibabaWdkPosTradePayFastBuyPosPayRequestInput;
}

/** Response of `alibaba.wdk.pos.trade.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkPosTradePayResponse {
  /** 支付结果 */
  result?: AlibabaWdkPosTradePayFastBuyPosPayResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FastBuyPosPayRequest` of `alibaba.wdk.pos.trade.pay`. */
export interface AlibabaWdkPosTradePayFastBuyPosPayRequestInput {
  /** 外部支付宝交易号 */
  alipay_trade_id?: string;
  /** 外部唯一订单号 */
  out_order_id: string;
  /** 经营店id */
  store_id?: string;
  /** 外部门店编码 */
  out_shop_code?: string;
  /** 实际支付金额 */
  pay_fee?: Int64Input;
}

/** `FastBuyPosPayResult` of `alibaba.wdk.pos.trade.pay`. */
export interface AlibabaWdkPosTradePayFastBuyPosPayResult {
  /** 返回的错误码 */
  return_code?: string;
  /** 错误描述 */
  return_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  pay_request: {
    alipay_trade_id: 'String',
    out_order_id: 'String',
    store_id: 'String',
    out_shop_code: 'String',
    pay_fee: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.pos.trade.pay`: method, response root, request and response schemas. */
export const alibabaWdkPosTradePayOperation = {
  method: 'alibaba.wdk.pos.trade.pay',
  responseRoot: 'alibaba_wdk_pos_trade_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻pos品牌营销支付接口 — calls TOP method `alibaba.wdk.pos.trade.pay`.
 *
 * 轻pos场景，外部商家支付后调用开放平台把支付信息回传给五道口交易
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkPosTradePay(
  client: TopClient,
  request: AlibabaWdkPosTradePayRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkPosTradePayResponse> {
  return client.call<AlibabaWdkPosTradePayResponse>(
    {
      method: 'alibaba.wdk.pos.trade.pay',
      responseRoot: 'alibaba_wdk_pos_trade_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
