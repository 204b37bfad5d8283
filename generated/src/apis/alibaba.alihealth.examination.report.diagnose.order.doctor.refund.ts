// Generated from specs/examination/alibaba.alihealth.examination.report.diagnose.order.doctor.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.report.diagnose.order.doctor.refund` (报告解读订单-医生退款). */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundRequest {
  /** 退款入参 */
  param?: AlibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundRefundForAikangDoctorRequestInput;
}

/** Response of `alibaba.alihealth.examination.report.diagnose.order.doctor.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundResponse {
  /** data */
  data?: boolean;
  /** 接口是否成功 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundForAikangDoctorRequest` of `alibaba.alihealth.examination.report.diagnose.order.doctor.refund`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundRefundForAikangDoctorRequestInput {
  /** 订单号 */
  order_id?: string;
  /** 医生id */
  doctor_id?: string;
  /** 退款原因 */
  refund_reason?: string;
}

const REQUEST_SCHEMA = {
  param: {
    order_id: 'String',
    doctor_id: 'String',
    refund_reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.report.diagnose.order.doctor.refund`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundOperation = {
  method: 'alibaba.alihealth.examination.report.diagnose.order.doctor.refund',
  responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_doctor_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 报告解读订单-医生退款 — calls TOP method `alibaba.alihealth.examination.report.diagnose.order.doctor.refund`.
 *
 * 报告解读订单医生退款
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReportDiagnoseOrderDoctorRefund(
  client: TopClient,
  request: AlibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundResponse> {
  return client.call<AlibabaAlihealthExaminationReportDiagnoseOrderDoctorRefundResponse>(
    {
      method: 'alibaba.alihealth.examination.report.diagnose.order.doctor.refund',
      responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_doctor_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
