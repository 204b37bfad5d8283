// Generated from specs/examination/alibaba.alihealth.examination.reserve.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.reserve.report` (体检机构对接_体检报告查询). */
export interface AlibabaAlihealthExaminationReserveReportRequest {
  /** 商户唯一码 */
  merchant_code: string;
  /** 阿里健康预约唯一标识 */
  reserve_number?: string;
  /** 到检唯一标识 */
  check_no?: string;
  /** 体检机构预约唯一标识码 */
  uniq_reserve_code?: string;
  /** 查询报告卡号 */
  search_no?: string;
  /** 查询报告密码 */
  search_pwd?: string;
}

/** Response of `alibaba.alihealth.examination.reserve.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReserveReportResponse {
  /** 返回结果描述 */
  message?: string;
  /** 返回结果编码 */
  response_code?: string;
  /** 文件数据流 */
  report_data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  merchant_code: 'String',
  reserve_number: 'String',
  check_no: 'String',
  uniq_reserve_code: 'String',
  search_no: 'String',
  search_pwd: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  response_code: 'String',
  report_data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.reserve.report`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReserveReportOperation = {
  method: 'alibaba.alihealth.examination.reserve.report',
  responseRoot: 'alibaba_alihealth_examination_reserve_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_体检报告查询 — calls TOP method `alibaba.alihealth.examination.reserve.report`.
 *
 * 体检机构对接_体检报告获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReserveReport(
  client: TopClient,
  request: AlibabaAlihealthExaminationReserveReportRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReserveReportResponse> {
  return client.call<AlibabaAlihealthExaminationReserveReportResponse>(
    {
      method: 'alibaba.alihealth.examination.reserve.report',
      responseRoot: 'alibaba_alihealth_examination_reserve_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
