// Generated from specs/examination/alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get` (获取报告解读url). */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetRequest {
  /** 入参 */
  param?: AlibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetIsvGetReportDiagnoseUrlRequestInput;
}

/** Response of `alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetResponse {
  /** 短信中跳转url */
  data?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 返回错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvGetReportDiagnoseUrlRequest` of `alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetIsvGetReportDiagnoseUrlRequestInput {
  /** 服务订单号 */
  order_id: string;
}

const REQUEST_SCHEMA = {
  param: {
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetOperation = {
  method: 'alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get',
  responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_diagnoseurl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取报告解读url — calls TOP method `alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGet(
  client: TopClient,
  request: AlibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetResponse> {
  return client.call<AlibabaAlihealthExaminationReportDiagnoseOrderDiagnoseurlGetResponse>(
    {
      method: 'alibaba.alihealth.examination.report.diagnose.order.diagnoseurl.get',
      responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_diagnoseurl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
