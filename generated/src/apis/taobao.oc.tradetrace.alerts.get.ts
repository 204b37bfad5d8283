// Generated from specs/jst/taobao.oc.tradetrace.alerts.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.oc.tradetrace.alerts.get` (异常订单信息获取). */
export interface TaobaoOcTradetraceAlertsGetRequest {
  /** 异常类型代码：发货回写淘宝异常=1，商家系统漏单提醒=2，发货超时提醒=3，物流寄送超时=4，买家签收超时=5，物流中转异常=6，退货寄回异常=7，订单追回提醒=8"。 */
  abnormal_type: Int64Input;
  /** 返回数据的页码 */
  page_no: Int64Input;
  /** 返回数据每页包含的记录数目 */
  page_size?: Int64Input;
}

/** Response of `taobao.oc.tradetrace.alerts.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOcTradetraceAlertsGetResponse {
  /** 异常订单数据 */
  result_list?: TaobaoOcTradetraceAlertsGetSimpleAbnormalOrderDetail[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SimpleAbnormalOrderDetail` of `taobao.oc.tradetrace.alerts.get`. */
export interface TaobaoOcTradetraceAlertsGetSimpleAbnormalOrderDetail {
  /** 订单ID */
  tid?: Int64;
}

const REQUEST_SCHEMA = {
  abnormal_type: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      tid: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.oc.tradetrace.alerts.get`: method, response root, request and response schemas. */
export const taobaoOcTradetraceAlertsGetOperation = {
  method: 'taobao.oc.tradetrace.alerts.get',
  responseRoot: 'oc_tradetrace_alerts_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 异常订单信息获取 — calls TOP method `taobao.oc.tradetrace.alerts.get`.
 *
 * 提供订单预警模块的数据查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOcTradetraceAlertsGet(
  client: TopClient,
  request: TaobaoOcTradetraceAlertsGetRequest,
  options?: CallOptions,
): Promise<TaobaoOcTradetraceAlertsGetResponse> {
  return client.call<TaobaoOcTradetraceAlertsGetResponse>(
    {
      method: 'taobao.oc.tradetrace.alerts.get',
      responseRoot: 'oc_tradetrace_alerts_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
