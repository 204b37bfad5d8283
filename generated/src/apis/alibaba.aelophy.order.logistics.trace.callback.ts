// Generated from specs/wdk/alibaba.aelophy.order.logistics.trace.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aelophy.order.logistics.trace.callback` (配送轨迹回传). */
export interface AlibabaAelophyOrderLogisticsTraceCallbackRequest {
  /** 配送轨迹回传请求 */
  logistics_trace_callback_request: AlibabaAelophyOrderLogisticsTraceCallbackLogisticsTraceCallbackRequestInput;
}

/** Response of `alibaba.aelophy.order.logistics.trace.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAelophyOrderLogisticsTraceCallbackResponse {
  /** 配送轨迹回传响应 */
  api_result?: AlibabaAelophyOrderLogisticsTraceCallbackTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsTraceCallbackRequest` of `alibaba.aelophy.order.logistics.trace.callback`. */
export interface AlibabaAelophyOrderLogisticsTraceCallbackLogisticsTraceCallbackRequestInput {
  /** 经营店编码 */
  store_id: string;
  /** 订单编码 */
  biz_order_id: Int64Input;
  /** 经度 */
  longitude: string;
  /** 维度 */
  latitude: string;
  /** 更新时间 */
  update_time: DateInput;
}

/** `TopBaseResult` of `alibaba.aelophy.order.logistics.trace.callback`. */
export interface AlibabaAelophyOrderLogisticsTraceCallbackTopBaseResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误码备注说明 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  logistics_trace_callback_request: {
    store_id: 'String',
    biz_order_id: 'Number',
    longitude: 'String',
    latitude: 'String',
    update_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aelophy.order.logistics.trace.callback`: method, response root, request and response schemas. */
export const alibabaAelophyOrderLogisticsTraceCallbackOperation = {
  method: 'alibaba.aelophy.order.logistics.trace.callback',
  responseRoot: 'alibaba_aelophy_order_logistics_trace_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配送轨迹回传 — calls TOP method `alibaba.aelophy.order.logistics.trace.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAelophyOrderLogisticsTraceCallback(
  client: TopClient,
  request: AlibabaAelophyOrderLogisticsTraceCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaAelophyOrderLogisticsTraceCallbackResponse> {
  return client.call<AlibabaAelophyOrderLogisticsTraceCallbackResponse>(
    {
      method: 'alibaba.aelophy.order.logistics.trace.callback',
      responseRoot: 'alibaba_aelophy_order_logistics_trace_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
