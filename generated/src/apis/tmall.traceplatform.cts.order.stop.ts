// Generated from specs/tmallhk/tmall.traceplatform.cts.order.stop.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.traceplatform.cts.order.stop` (CTS截断订单). */
export interface TmallTraceplatformCtsOrderStopRequest {
  /** 入参traceInfo */
  trace_info?: TmallTraceplatformCtsOrderStopTraceInfoInput;
}

/** Response of `tmall.traceplatform.cts.order.stop`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraceplatformCtsOrderStopResponse {
  /** result */
  result?: TmallTraceplatformCtsOrderStopDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TraceInfo` of `tmall.traceplatform.cts.order.stop`. */
export interface TmallTraceplatformCtsOrderStopTraceInfoInput {
  /** 货品ID */
  item_id?: string;
  /** 订单号 */
  order_no?: string;
  /** 商品ID */
  product_id?: string;
  /** 子订单号 */
  sub_order_no?: string;
  /** 溯源码 */
  trace_code?: string;
}

/** `DataResult` of `tmall.traceplatform.cts.order.stop`. */
export interface TmallTraceplatformCtsOrderStopDataResult {
  /** 参数code */
  code?: string;
  /** 参数msg */
  msg?: string;
  /** 是否正常 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  trace_info: {
    item_id: 'String',
    order_no: 'String',
    product_id: 'String',
    sub_order_no: 'String',
    trace_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.traceplatform.cts.order.stop`: method, response root, request and response schemas. */
export const tmallTraceplatformCtsOrderStopOperation = {
  method: 'tmall.traceplatform.cts.order.stop',
  responseRoot: 'tmall_traceplatform_cts_order_stop_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CTS截断订单 — calls TOP method `tmall.traceplatform.cts.order.stop`.
 *
 * 截断CTS订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraceplatformCtsOrderStop(
  client: TopClient,
  request: TmallTraceplatformCtsOrderStopRequest = {},
  options?: CallOptions,
): Promise<TmallTraceplatformCtsOrderStopResponse> {
  return client.call<TmallTraceplatformCtsOrderStopResponse>(
    {
      method: 'tmall.traceplatform.cts.order.stop',
      responseRoot: 'tmall_traceplatform_cts_order_stop_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
