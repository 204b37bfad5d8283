// Generated from specs/foodscan/alibaba.footscan.mini.query.mobilereport.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.footscan.mini.query.mobilereport` (根据scanId查询报告). */
export interface AlibabaFootscanMiniQueryMobilereportRequest {
  /** 平台分配的token */
  token: string;
  /** 扫描ID */
  scan_id: string;
}

/** Response of `alibaba.footscan.mini.query.mobilereport`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFootscanMiniQueryMobilereportResponse {
  /** 服务出参 */
  result?: AlibabaFootscanMiniQueryMobilereportMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MtopResult` of `alibaba.footscan.mini.query.mobilereport`. */
export interface AlibabaFootscanMiniQueryMobilereportMtopResult {
  /** 成功 */
  code?: Int64;
  /** 返回i数据 */
  data?: AlibabaFootscanMiniQueryMobilereportData;
  /** 成功 */
  message?: string;
}

/** `Data` of `alibaba.footscan.mini.query.mobilereport`. */
export interface AlibabaFootscanMiniQueryMobilereportData {
  /** 右脚趾围 */
  right_zhiwei?: string;
  /** 右脚跗围 */
  right_fuwei?: string;
  /** 右脚宽 */
  right_width?: string;
  /** 右脚长 */
  right_length?: string;
  /** 左脚趾围 */
  left_zhiwei?: string;
  /** 左脚跗围 */
  left_fuwei?: string;
  /** 左脚宽 */
  left_width?: string;
  /** 左脚长 */
  left_length?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
  scan_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: {
      right_zhiwei: 'String',
      right_fuwei: 'String',
      right_width: 'String',
      right_length: 'String',
      left_zhiwei: 'String',
      left_fuwei: 'String',
      left_width: 'String',
      left_length: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.footscan.mini.query.mobilereport`: method, response root, request and response schemas. */
export const alibabaFootscanMiniQueryMobilereportOperation = {
  method: 'alibaba.footscan.mini.query.mobilereport',
  responseRoot: 'alibaba_footscan_mini_query_mobilereport_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据scanId查询报告 — calls TOP method `alibaba.footscan.mini.query.mobilereport`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFootscanMiniQueryMobilereport(
  client: TopClient,
  request: AlibabaFootscanMiniQueryMobilereportRequest,
  options?: CallOptions,
): Promise<AlibabaFootscanMiniQueryMobilereportResponse> {
  return client.call<AlibabaFootscanMiniQueryMobilereportResponse>(
    {
      method: 'alibaba.footscan.mini.query.mobilereport',
      responseRoot: 'alibaba_footscan_mini_query_mobilereport_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
