// Generated from specs/examination/alibaba.alihealth.examination.report.diagnose.file.code.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.report.diagnose.file.code.get` (ISV获取报告文件查看验证码). */
export interface AlibabaAlihealthExaminationReportDiagnoseFileCodeGetRequest {
  /** 报告id */
  report_id: Int64Input;
  /** 订单id */
  order_id?: string;
  /** 医生id */
  doctor_id?: string;
}

/** Response of `alibaba.alihealth.examination.report.diagnose.file.code.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReportDiagnoseFileCodeGetResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthExaminationReportDiagnoseFileCodeGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.report.diagnose.file.code.get`. */
export interface AlibabaAlihealthExaminationReportDiagnoseFileCodeGetServiceResult {
  /** 返回数据对象 */
  data?: AlibabaAlihealthExaminationReportDiagnoseFileCodeGetIsvGetReportFileCodeResponse;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
  /** errMessage */
  err_message?: string;
}

/** `IsvGetReportFileCodeResponse` of `alibaba.alihealth.examination.report.diagnose.file.code.get`. */
export interface AlibabaAlihealthExaminationReportDiagnoseFileCodeGetIsvGetReportFileCodeResponse {
  /** 报告文件查看验证码 */
  isv_code?: string;
}

const REQUEST_SCHEMA = {
  report_id: 'Number',
  order_id: 'String',
  doctor_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      isv_code: 'String',
    },
    err_code: 'String',
    success: 'Boolean',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.report.diagnose.file.code.get`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReportDiagnoseFileCodeGetOperation = {
  method: 'alibaba.alihealth.examination.report.diagnose.file.code.get',
  responseRoot: 'alibaba_alihealth_examination_report_diagnose_file_code_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV获取报告文件查看验证码 — calls TOP method `alibaba.alihealth.examination.report.diagnose.file.code.get`.
 *
 * 体检报告人工解读_ISV获取报告文件验证码进行查看报告文件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReportDiagnoseFileCodeGet(
  client: TopClient,
  request: AlibabaAlihealthExaminationReportDiagnoseFileCodeGetRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReportDiagnoseFileCodeGetResponse> {
  return client.call<AlibabaAlihealthExaminationReportDiagnoseFileCodeGetResponse>(
    {
      method: 'alibaba.alihealth.examination.report.diagnose.file.code.get',
      responseRoot: 'alibaba_alihealth_examination_report_diagnose_file_code_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
