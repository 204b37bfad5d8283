// Generated from specs/examination/alibaba.alihealth.examination.report.diagnose.order.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.report.diagnose.order.submit` (体检报告人工解读订单). */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSubmitRequest {
  /** 订单ID */
  order_id?: string;
  /** 手机号码，显示后四位 */
  mobile_phone?: string;
  /** 证件号，显示前1，后1 */
  id_card_no?: string;
  /** 性别 */
  gender?: string;
  /** 报告地址 */
  report_url?: string;
  /** 主诉问题 */
  question?: string;
  /** 咨询人名称 */
  patient_name?: string;
}

/** Response of `alibaba.alihealth.examination.report.diagnose.order.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSubmitResponse {
  /** 请求状态 */
  response_code?: string;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 三方订单信息 */
  order_info?: AlibabaAlihealthExaminationReportDiagnoseOrderSubmitOrderInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderInfo` of `alibaba.alihealth.examination.report.diagnose.order.submit`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSubmitOrderInfo {
  /** 外部订单ID */
  outer_order_id?: string;
  /** 订单状态 */
  status?: string;
  /** 聊天地址，用户之间进行隔离 */
  im_url?: string;
  /** 医生ID */
  doctor_id?: string;
  /** 订单ID */
  order_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  mobile_phone: 'String',
  id_card_no: 'String',
  gender: 'String',
  report_url: 'String',
  question: 'String',
  patient_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_code: 'String',
  msg_code: 'String',
  msg_info: 'String',
  order_info: {
    outer_order_id: 'String',
    status: 'String',
    im_url: 'String',
    doctor_id: 'String',
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.report.diagnose.order.submit`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReportDiagnoseOrderSubmitOperation = {
  method: 'alibaba.alihealth.examination.report.diagnose.order.submit',
  responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检报告人工解读订单 — calls TOP method `alibaba.alihealth.examination.report.diagnose.order.submit`.
 *
 * 体检报告人工解读订单信息推送给ISV，进行人工解读
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReportDiagnoseOrderSubmit(
  client: TopClient,
  request: AlibabaAlihealthExaminationReportDiagnoseOrderSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReportDiagnoseOrderSubmitResponse> {
  return client.call<AlibabaAlihealthExaminationReportDiagnoseOrderSubmitResponse>(
    {
      method: 'alibaba.alihealth.examination.report.diagnose.order.submit',
      responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
