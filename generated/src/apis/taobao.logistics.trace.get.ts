// Generated from specs/tblogistics/taobao.logistics.trace.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.trace.get` (用户根据交易号查询物流流转信息). */
export interface TaobaoLogisticsTraceGetRequest {
  /** 交易号 */
  tid: Int64Input;
}

/** Response of `taobao.logistics.trace.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsTraceGetResponse {
  /** 返回对象 */
  result?: TaobaoLogisticsTraceGetTransitStepResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TransitStepResult` of `taobao.logistics.trace.get`. */
export interface TaobaoLogisticsTraceGetTransitStepResult {
  /** 运单号 */
  out_sid?: string;
  /** 物流公司名称 */
  company_name?: string;
  /** 交易号 */
  tid?: Int64;
  /** 订单物流状态 */
  status?: string;
  /** 列表 */
  trace_list?: TaobaoLogisticsTraceGetTransitStepInfo[];
}

/** `TransitStepInfo` of `taobao.logistics.trace.get`. */
export interface TaobaoLogisticsTraceGetTransitStepInfo {
  /** 状态发生的时间 */
  status_time?: string;
  /** 状态描述 */
  status_desc?: string;
  /** 节点说明 ，指明当前节点揽收、派送，签收。 */
  action?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      out_sid: 'String',
      company_name: 'String',
      tid: 'Number',
      status: 'String',
      trace_list: [
        {
          status_time: 'String',
          status_desc: 'String',
          action: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.trace.get`: method, response root, request and response schemas. */
export const taobaoLogisticsTraceGetOperation = {
  method: 'taobao.logistics.trace.get',
  responseRoot: 'logistics_trace_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户根据交易号查询物流流转信息 — calls TOP method `taobao.logistics.trace.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsTraceGet(
  client: TopClient,
  request: TaobaoLogisticsTraceGetRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsTraceGetResponse> {
  return client.call<TaobaoLogisticsTraceGetResponse>(
    {
      method: 'taobao.logistics.trace.get',
      responseRoot: 'logistics_trace_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
