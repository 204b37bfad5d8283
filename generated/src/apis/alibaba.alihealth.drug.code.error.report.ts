// Generated from specs/drugtrace/alibaba.alihealth.drug.code.error.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.error.report` (码信息错误上报). */
export interface AlibabaAlihealthDrugCodeErrorReportRequest {
  /** 追溯码 */
  code: string;
  /** 有问题的字段名称 */
  field_name: string;
  /** 通过码获得的问题字段值 */
  code_value: string;
  /** 平台获得/期望的问题字段值 */
  source_value: string;
  /** 错误信息描述 */
  err_msg?: string;
  /** 上报人员 */
  reporter: string;
  /** 上报人员邮箱 */
  reporter_email?: string;
  /** 上报人员手机号 */
  reporter_mobile?: string;
}

/** Response of `alibaba.alihealth.drug.code.error.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeErrorReportResponse {
  /** 返回值 */
  model?: boolean;
  /** 返回结果描述 */
  msg_info?: string;
  /** 返回结果code */
  msg_code?: string;
  /** 接口调用状态 */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  field_name: 'String',
  code_value: 'String',
  source_value: 'String',
  err_msg: 'String',
  reporter: 'String',
  reporter_email: 'String',
  reporter_mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.error.report`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeErrorReportOperation = {
  method: 'alibaba.alihealth.drug.code.error.report',
  responseRoot: 'alibaba_alihealth_drug_code_error_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码信息错误上报 — calls TOP method `alibaba.alihealth.drug.code.error.report`.
 *
 * 提供码信息错误上报功能，用于数据校对
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeErrorReport(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeErrorReportRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeErrorReportResponse> {
  return client.call<AlibabaAlihealthDrugCodeErrorReportResponse>(
    {
      method: 'alibaba.alihealth.drug.code.error.report',
      responseRoot: 'alibaba_alihealth_drug_code_error_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
