// Generated from specs/trade/alibaba.wdk.pos.trade.reverse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.pos.trade.reverse` (轻pos品牌营销退款接口). */
export interface AlibabaWdkPosTradeReverseRequest {
  /** 退款请求 */
  reverse_request: AlibabaWdkPosTradeReverseFastBuyPosReverseRequestInput;
}

/** Response of `alibaba.wdk.pos.trade.reverse`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkPosTradeReverseResponse {
  /** 退款结果 */
  result?: AlibabaWdkPosTradeReverseFastBuyPosReverseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FastBuyPosReverseRequest` of `alibaba.wdk.pos.trade.reverse`. */
export interface AlibabaWdkPosTradeReverseFastBuyPosReverseRequestInput {
  /** 外部唯一订单号 */
  out_order_id: string;
  /** 外部退款单号 */
  out_refund_id: string;
  /** 经营店id */
  store_id?: string;
  /** 退款操作员工工号 */
  operator_num?: string;
  /** 逆向支付宝交易号，对账使用 */
  refund_alipay_trade_id?: string;
  /** 外部门店编码 */
  out_shop_code?: string;
}

/** `FastBuyPosReverseResult` of `alibaba.wdk.pos.trade.reverse`. */
export interface AlibabaWdkPosTradeReverseFastBuyPosReverseResult {
  /** 返回的错误码 */
  return_code?: string;
  /** 返回的错误信息 */
  return_msg?: string;
  /** 调用接口是否成功 */
  success?: boolean;
  /** 退款状态: 1为成功,2为失败 */
  result_status?: Int64;
}

const REQUEST_SCHEMA = {
  reverse_request: {
    out_order_id: 'String',
    out_refund_id: 'String',
    store_id: 'String',
    operator_num: 'String',
    refund_alipay_trade_id: 'String',
    out_shop_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    result_status: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.pos.trade.reverse`: method, response root, request and response schemas. */
export const alibabaWdkPosTradeReverseOperation = {
  method: 'alibaba.wdk.pos.trade.reverse',
  responseRoot: 'alibaba_wdk_pos_trade_reverse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻pos品牌营销退款接口 — calls TOP method `alibaba.wdk.pos.trade.reverse`.
 *
 * 轻pos品牌营销场景，商家调用退款接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkPosTradeReverse(
  client: TopClient,
  request: AlibabaWdkPosTradeReverseRequest,
  options?: CallOptions,
): Promise<AlibabaWdkPosTradeReverseResponse> {
  return client.call<AlibabaWdkPosTradeReverseResponse>(
    {
      method: 'alibaba.wdk.pos.trade.reverse',
      responseRoot: 'alibaba_wdk_pos_trade_reverse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
