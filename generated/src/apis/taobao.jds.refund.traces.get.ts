// Generated from specs/jst/taobao.jds.refund.traces.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jds.refund.traces.get` (获取单条退款跟踪详情). */
export interface TaobaoJdsRefundTracesGetRequest {
  /** 淘宝的退款编号 */
  refund_id: Int64Input;
}

/** Response of `taobao.jds.refund.traces.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJdsRefundTracesGetResponse {
  /** 退款跟踪列表 */
  traces?: TaobaoJdsRefundTracesGetRefundTrace[];
  /** 用户在全链路系统中的状态(比如是否存在) */
  user_status?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundTrace` of `taobao.jds.refund.traces.get`. */
export interface TaobaoJdsRefundTracesGetRefundTrace {
  /** 动作发生的时间 */
  action_time?: string;
  /** 应用标题 */
  app_title?: string;
  /** 退款编号 */
  refund_id?: Int64;
  /** 备注字段 */
  remark?: string;
  /** 回流的订单状态 */
  status?: string;
  /** 交易tid */
  tid?: Int64;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  traces: [
    {
      action_time: 'Date',
      app_title: 'String',
      refund_id: 'Number',
      remark: 'String',
      status: 'String',
      tid: 'Number',
    },
  ],
  user_status: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jds.refund.traces.get`: method, response root, request and response schemas. */
export const taobaoJdsRefundTracesGetOperation = {
  method: 'taobao.jds.refund.traces.get',
  responseRoot: 'jds_refund_traces_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单条退款跟踪详情 — calls TOP method `taobao.jds.refund.traces.get`.
 *
 * 获取聚石塔数据共享的交易全链路的退款信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJdsRefundTracesGet(
  client: TopClient,
  request: TaobaoJdsRefundTracesGetRequest,
  options?: CallOptions,
): Promise<TaobaoJdsRefundTracesGetResponse> {
  return client.call<TaobaoJdsRefundTracesGetResponse>(
    {
      method: 'taobao.jds.refund.traces.get',
      responseRoot: 'jds_refund_traces_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
