// Generated from specs/tblogistics/taobao.logistics.trace.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.trace.search` (物流流转信息查询). */
export interface TaobaoLogisticsTraceSearchRequest {
  /** 淘宝交易号，请勿传非淘宝交易号 */
  tid: Int64Input;
  /** 表明是否是拆单，默认值0，1表示拆单 */
  is_split?: Int64Input;
  /**
   * 拆单子订单列表，当is_split=1时，需要传人；对应的数据是：子订单号的列表。
   *
   * Max list size: 50
   */
  sub_tid?: string[];
}

/** Response of `taobao.logistics.trace.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsTraceSearchResponse {
  /** 运单号 */
  out_sid?: string;
  /** 物流公司名称 */
  company_name?: string;
  /** 交易号 */
  tid?: Int64;
  /** 订单的物流状态 */
  status?: string;
  /** 流转信息列表 */
  trace_list?: TaobaoLogisticsTraceSearchTransitStepInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TransitStepInfo` of `taobao.logistics.trace.search`. */
export interface TaobaoLogisticsTraceSearchTransitStepInfo {
  /** 状态发生的时间 */
  status_time?: string;
  /** 状态描述 */
  status_desc?: string;
  /** 节点说明 ，指明当前节点揽收、派送，签收。 */
  action?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  is_split: 'Number',
  sub_tid: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
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
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.trace.search`: method, response root, request and response schemas. */
export const taobaoLogisticsTraceSearchOperation = {
  method: 'taobao.logistics.trace.search',
  responseRoot: 'logistics_trace_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流流转信息查询 — calls TOP method `taobao.logistics.trace.search`.
 *
 * 用户根据淘宝交易号查询物流流转信息，如2010-8-10 15：23：00到达杭州集散地。
 * 此接口的返回信息都由物流公司提供。（备注：使用线下发货（offline.send）的运单，不支持运单状态的实时跟踪，只要一发货，状态就会变为对方已签收，该字段仅对线上发货（online.send）的运单有效。）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsTraceSearch(
  client: TopClient,
  request: TaobaoLogisticsTraceSearchRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsTraceSearchResponse> {
  return client.call<TaobaoLogisticsTraceSearchResponse>(
    {
      method: 'taobao.logistics.trace.search',
      responseRoot: 'logistics_trace_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
