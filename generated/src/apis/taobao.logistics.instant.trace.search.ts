// Generated from specs/tblogistics/taobao.logistics.instant.trace.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.instant.trace.search` (物流详情查询). */
export interface TaobaoLogisticsInstantTraceSearchRequest {
  /** 运单号 */
  mail_no?: string;
  /** 是否拆单 */
  is_split?: Int64Input;
  /** 子订单列表 */
  sub_tid?: string;
  /** 交易单号 */
  tid: Int64Input;
}

/** Response of `taobao.logistics.instant.trace.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsInstantTraceSearchResponse {
  /** 返回结果 */
  result?: TaobaoLogisticsInstantTraceSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.logistics.instant.trace.search`. */
export interface TaobaoLogisticsInstantTraceSearchResult {
  /** 是否成功 */
  success?: boolean;
  /** 运单列表 */
  mail_list?: TaobaoLogisticsInstantTraceSearchTopLogisticsMailDTO[];
}

/** `TopLogisticsMailDTO` of `taobao.logistics.instant.trace.search`. */
export interface TaobaoLogisticsInstantTraceSearchTopLogisticsMailDTO {
  /** 运单号 */
  out_sid?: string;
  /** 物流节点列表 */
  trace_list?: TaobaoLogisticsInstantTraceSearchTopLogisticsNodeDTO[];
  /** 物流公司 */
  company_name?: string;
  /** 交易单号 */
  tid?: Int64;
  /** 当前最新节点 */
  status?: string;
}

/** `TopLogisticsNodeDTO` of `taobao.logistics.instant.trace.search`. */
export interface TaobaoLogisticsInstantTraceSearchTopLogisticsNodeDTO {
  /** 节点描述 */
  status_desc?: string;
  /** 当前节点发生时间 */
  status_time?: Int64;
  /** 节点枚举 */
  action?: string;
}

const REQUEST_SCHEMA = {
  mail_no: 'String',
  is_split: 'Number',
  sub_tid: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    mail_list: [
      {
        out_sid: 'String',
        trace_list: [
          {
            status_desc: 'String',
            status_time: 'Number',
            action: 'String',
          },
        ],
        company_name: 'String',
        tid: 'Number',
        status: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.instant.trace.search`: method, response root, request and response schemas. */
export const taobaoLogisticsInstantTraceSearchOperation = {
  method: 'taobao.logistics.instant.trace.search',
  responseRoot: 'logistics_instant_trace_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流详情查询 — calls TOP method `taobao.logistics.instant.trace.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsInstantTraceSearch(
  client: TopClient,
  request: TaobaoLogisticsInstantTraceSearchRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsInstantTraceSearchResponse> {
  return client.call<TaobaoLogisticsInstantTraceSearchResponse>(
    {
      method: 'taobao.logistics.instant.trace.search',
      responseRoot: 'logistics_instant_trace_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
