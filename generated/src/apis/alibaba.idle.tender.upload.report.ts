// Generated from specs/idle/alibaba.idle.tender.upload.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.tender.upload.report` (服务商上传验货报告同步给闲鱼). */
export interface AlibabaIdleTenderUploadReportRequest {
  /** 回收商质检报告 */
  param0?: AlibabaIdleTenderUploadReportInspectionReportInput;
}

/** Response of `alibaba.idle.tender.upload.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTenderUploadReportResponse {
  /** 返回结果 */
  result?: AlibabaIdleTenderUploadReportIdleCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InspectionReport` of `alibaba.idle.tender.upload.report`. */
export interface AlibabaIdleTenderUploadReportInspectionReportInput {
  /** 对商品的简介 */
  summary?: string;
  /** 订单id */
  order_id?: string;
  /** 价格 */
  price?: Int64Input;
  /** 成功 */
  success?: boolean;
  /** 质检报告 */
  report?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 等级 */
  degree?: string;
  /** 额外信息 */
  explanation?: string;
  /** 估价id */
  quote_id?: string;
}

/** `IdleCommonResult` of `alibaba.idle.tender.upload.report`. */
export interface AlibabaIdleTenderUploadReportIdleCommonResult {
  /** id */
  data?: Int64;
  /** 成功 */
  resp_success?: boolean;
  /** 错误码 */
  err_code_info?: string;
  /** 上下文信息 */
  context?: string;
  /** 错误信息 */
  err_msg_info?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    summary: 'String',
    order_id: 'String',
    price: 'Number',
    success: 'Boolean',
    report: 'String',
    err_msg: 'String',
    degree: 'String',
    explanation: 'String',
    quote_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    resp_success: 'Boolean',
    err_code_info: 'String',
    context: 'String',
    err_msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.tender.upload.report`: method, response root, request and response schemas. */
export const alibabaIdleTenderUploadReportOperation = {
  method: 'alibaba.idle.tender.upload.report',
  responseRoot: 'alibaba_idle_tender_upload_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商上传验货报告同步给闲鱼 — calls TOP method `alibaba.idle.tender.upload.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTenderUploadReport(
  client: TopClient,
  request: AlibabaIdleTenderUploadReportRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleTenderUploadReportResponse> {
  return client.call<AlibabaIdleTenderUploadReportResponse>(
    {
      method: 'alibaba.idle.tender.upload.report',
      responseRoot: 'alibaba_idle_tender_upload_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
