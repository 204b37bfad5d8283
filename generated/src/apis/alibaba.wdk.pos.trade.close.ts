// Generated from specs/trade/alibaba.wdk.pos.trade.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.pos.trade.close` (轻pos品牌营销关单接口). */
export interface AlibabaWdkPosTradeCloseRequest {
  /** 关单请求 */
  close_request?: AlibabaWdkPosTradeCloseFastBuyPosCloseRequestInput;
}

/** Response of `alibaba.wdk.pos.trade.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkPosTradeCloseResponse {
  /** 关单结果 */
  result?: AlibabaWdkPosTradeCloseFastBuyPosCloseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FastBuyPosCloseRequest` of `alibaba.wdk.pos.trade.close`. */
export interface AlibabaWdkPosTradeCloseFastBuyPosCloseRequestInput {
  /** 外部唯一订单号 */
  out_order_id: string;
  /** 经营店id */
  store_id?: string;
  /** 外部门店编码 */
  out_shop_code?: string;
}

/** `FastBuyPosCloseResult` of `alibaba.wdk.pos.trade.close`. */
export interface AlibabaWdkPosTradeCloseFastBuyPosCloseResult {
  /** 关单结果状态: 1为成功,2为失败 */
  result_result?: Int64;
  /** 错误码 */
  return_code?: string;
  /** 错误信息 */
  return_msg?: string;
  /** 接口调用是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  close_request: {
    out_order_id: 'String',
    store_id: 'String',
    out_shop_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_result: 'Number',
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.pos.trade.close`: method, response root, request and response schemas. */
export const alibabaWdkPosTradeCloseOperation = {
  method: 'alibaba.wdk.pos.trade.close',
  responseRoot: 'alibaba_wdk_pos_trade_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻pos品牌营销关单接口 — calls TOP method `alibaba.wdk.pos.trade.close`.
 *
 * 轻pos品牌营销场景，提供关单接口给外部商家
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkPosTradeClose(
  client: TopClient,
  request: AlibabaWdkPosTradeCloseRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkPosTradeCloseResponse> {
  return client.call<AlibabaWdkPosTradeCloseResponse>(
    {
      method: 'alibaba.wdk.pos.trade.close',
      responseRoot: 'alibaba_wdk_pos_trade_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
