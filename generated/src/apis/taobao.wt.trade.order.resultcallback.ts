// Generated from specs/alicom/taobao.wt.trade.order.resultcallback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wt.trade.order.resultcallback` (商家回调接口). */
export interface TaobaoWtTradeOrderResultcallbackRequest {
  /** 系统自动生成 */
  param0?: TaobaoWtTradeOrderResultcallbackOrderResultDtoInput;
}

/** Response of `taobao.wt.trade.order.resultcallback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWtTradeOrderResultcallbackResponse {
  /** result */
  result?: TaobaoWtTradeOrderResultcallbackCommonRtnDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderResultDto` of `taobao.wt.trade.order.resultcallback`. */
export interface TaobaoWtTradeOrderResultcallbackOrderResultDtoInput {
  /** 结果描述 */
  desc?: string;
  /** 天猫交易订单号 */
  order_no: Int64Input;
  /** 结果码 */
  result_code?: string;
  /** 商家处理结果是否成功标志 */
  success: boolean;
}

/** `CommonRtnDo` of `taobao.wt.trade.order.resultcallback`. */
export interface TaobaoWtTradeOrderResultcallbackCommonRtnDo {
  /** message */
  message?: string;
  /** data */
  data?: boolean;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    desc: 'String',
    order_no: 'Number',
    result_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'Boolean',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wt.trade.order.resultcallback`: method, response root, request and response schemas. */
export const taobaoWtTradeOrderResultcallbackOperation = {
  method: 'taobao.wt.trade.order.resultcallback',
  responseRoot: 'wt_trade_order_resultcallback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家回调接口 — calls TOP method `taobao.wt.trade.order.resultcallback`.
 *
 * 阿里通信定制服务，商家发货后进行调用该接口，用于自动发货并确认收货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWtTradeOrderResultcallback(
  client: TopClient,
  request: TaobaoWtTradeOrderResultcallbackRequest = {},
  options?: CallOptions,
): Promise<TaobaoWtTradeOrderResultcallbackResponse> {
  return client.call<TaobaoWtTradeOrderResultcallbackResponse>(
    {
      method: 'taobao.wt.trade.order.resultcallback',
      responseRoot: 'wt_trade_order_resultcallback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
