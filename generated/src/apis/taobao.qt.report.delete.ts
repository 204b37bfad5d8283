// Generated from specs/qt/taobao.qt.report.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qt.report.delete` (质检报告删除接口). */
export interface TaobaoQtReportDeleteRequest {
  /**
   * 一个质检服务唯一标识质量检验单的编号
   *
   * Max length: 64
   */
  qt_code: string;
}

/** Response of `taobao.qt.report.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQtReportDeleteResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  qt_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qt.report.delete`: method, response root, request and response schemas. */
export const taobaoQtReportDeleteOperation = {
  method: 'taobao.qt.report.delete',
  responseRoot: 'qt_report_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 质检报告删除接口 — calls TOP method `taobao.qt.report.delete`.
 *
 * 删除质检报告
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQtReportDelete(
  client: TopClient,
  request: TaobaoQtReportDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoQtReportDeleteResponse> {
  return client.call<TaobaoQtReportDeleteResponse>(
    {
      method: 'taobao.qt.report.delete',
      responseRoot: 'qt_report_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
