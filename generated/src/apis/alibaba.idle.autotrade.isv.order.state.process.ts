// Generated from specs/idle/alibaba.idle.autotrade.isv.order.state.process.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.autotrade.isv.order.state.process` (闲鱼订单状态推进). */
export interface AlibabaIdleAutotradeIsvOrderStateProcessRequest {
  /** AutoTradeAPI通用入参 */
  auto_trade_api_param?: AlibabaIdleAutotradeIsvOrderStateProcessAutoTradeAPIParamInput;
}

/** Response of `alibaba.idle.autotrade.isv.order.state.process`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleAutotradeIsvOrderStateProcessResponse {
  /** 返回结果 */
  result?: AlibabaIdleAutotradeIsvOrderStateProcessCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AutoTradeAPIParam` of `alibaba.idle.autotrade.isv.order.state.process`. */
export interface AlibabaIdleAutotradeIsvOrderStateProcessAutoTradeAPIParamInput {
  /** 场景 */
  scenario: string;
  /** 订单id */
  biz_order_id: Int64Input;
  /** AT交易产品标识 */
  x_global_biz_code: string;
  /** 额外参数 */
  extra_param?: string;
  /** API版本 */
  version?: string;
}

/** `CommonResult` of `alibaba.idle.autotrade.isv.order.state.process`. */
export interface AlibabaIdleAutotradeIsvOrderStateProcessCommonResult {
  /** 是否成功 */
  data?: boolean;
  /** 请求是否成功 */
  success?: boolean;
  /** 异常码 */
  error_code?: string;
  /** 异常提示 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  auto_trade_api_param: {
    scenario: 'String',
    biz_order_id: 'Number',
    x_global_biz_code: 'String',
    extra_param: 'String',
    version: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.autotrade.isv.order.state.process`: method, response root, request and response schemas. */
export const alibabaIdleAutotradeIsvOrderStateProcessOperation = {
  method: 'alibaba.idle.autotrade.isv.order.state.process',
  responseRoot: 'alibaba_idle_autotrade_isv_order_state_process_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼订单状态推进 — calls TOP method `alibaba.idle.autotrade.isv.order.state.process`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleAutotradeIsvOrderStateProcess(
  client: TopClient,
  request: AlibabaIdleAutotradeIsvOrderStateProcessRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleAutotradeIsvOrderStateProcessResponse> {
  return client.call<AlibabaIdleAutotradeIsvOrderStateProcessResponse>(
    {
      method: 'alibaba.idle.autotrade.isv.order.state.process',
      responseRoot: 'alibaba_idle_autotrade_isv_order_state_process_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
