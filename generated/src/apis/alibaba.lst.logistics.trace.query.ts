// Generated from specs/lstlogistics/alibaba.lst.logistics.trace.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.logistics.trace.query` (供应商-异云-查询运单物流追踪信息). */
export interface AlibabaLstLogisticsTraceQueryRequest {
  /** 入参 */
  query: AlibabaLstLogisticsTraceQueryLstLogisticsTraceQueryInput;
}

/** Response of `alibaba.lst.logistics.trace.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstLogisticsTraceQueryResponse {
  /** 接口返回model */
  result?: AlibabaLstLogisticsTraceQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstLogisticsTraceQuery` of `alibaba.lst.logistics.trace.query`. */
export interface AlibabaLstLogisticsTraceQueryLstLogisticsTraceQueryInput {
  /** 物流编号 */
  logistics_id: string;
  /** 主订单号 */
  main_order_id?: Int64Input;
}

/** `Result` of `alibaba.lst.logistics.trace.query`. */
export interface AlibabaLstLogisticsTraceQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 返回内容 */
  content_list?: AlibabaLstLogisticsTraceQueryContent[];
}

/** `Content` of `alibaba.lst.logistics.trace.query`. */
export interface AlibabaLstLogisticsTraceQueryContent {
  /** 描述 */
  status_desc?: string;
  /** 时间 */
  time?: string;
  /** 描述 */
  standerd_desc?: string;
}

const REQUEST_SCHEMA = {
  query: {
    logistics_id: 'String',
    main_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    content_list: [
      {
        status_desc: 'String',
        time: 'Date',
        standerd_desc: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.logistics.trace.query`: method, response root, request and response schemas. */
export const alibabaLstLogisticsTraceQueryOperation = {
  method: 'alibaba.lst.logistics.trace.query',
  responseRoot: 'alibaba_lst_logistics_trace_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商-异云-查询运单物流追踪信息 — calls TOP method `alibaba.lst.logistics.trace.query`.
 *
 * 查询LP单物流追踪信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstLogisticsTraceQuery(
  client: TopClient,
  request: AlibabaLstLogisticsTraceQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstLogisticsTraceQueryResponse> {
  return client.call<AlibabaLstLogisticsTraceQueryResponse>(
    {
      method: 'alibaba.lst.logistics.trace.query',
      responseRoot: 'alibaba_lst_logistics_trace_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
