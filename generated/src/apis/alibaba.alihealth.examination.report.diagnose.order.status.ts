// Generated from specs/examination/alibaba.alihealth.examination.report.diagnose.order.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.report.diagnose.order.status` (报告解读订单状态更新). */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderStatusRequest {
  /** 参数对象 */
  report_order_status_request?: AlibabaAlihealthExaminationReportDiagnoseOrderStatusReportOrderStatusRequestInput;
}

/** Response of `alibaba.alihealth.examination.report.diagnose.order.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderStatusResponse {
  /** alinkappserver系统返回的通用结果类 */
  service_result?: AlibabaAlihealthExaminationReportDiagnoseOrderStatusServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReportOrderStatusRequest` of `alibaba.alihealth.examination.report.diagnose.order.status`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderStatusReportOrderStatusRequestInput {
  /** 备注 */
  note?: string;
  /** 订单状态，10=待接诊，20=已关闭，30=问诊中，60=已结束 */
  status: string;
  /** 订单ID */
  order_id: string;
  /** 外部订单ID */
  outer_order_id: string;
  /** 医生ID */
  doctor_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.report.diagnose.order.status`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderStatusServiceResult {
  /** 业务流程执行结果 */
  data?: string;
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 调用成功 */
  success?: string;
}

const REQUEST_SCHEMA = {
  report_order_status_request: {
    note: 'String',
    status: 'String',
    order_id: 'String',
    outer_order_id: 'String',
    doctor_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: 'String',
    err_code: 'String',
    err_message: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.report.diagnose.order.status`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReportDiagnoseOrderStatusOperation = {
  method: 'alibaba.alihealth.examination.report.diagnose.order.status',
  responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 报告解读订单状态更新 — calls TOP method `alibaba.alihealth.examination.report.diagnose.order.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReportDiagnoseOrderStatus(
  client: TopClient,
  request: AlibabaAlihealthExaminationReportDiagnoseOrderStatusRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReportDiagnoseOrderStatusResponse> {
  return client.call<AlibabaAlihealthExaminationReportDiagnoseOrderStatusResponse>(
    {
      method: 'alibaba.alihealth.examination.report.diagnose.order.status',
      responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
