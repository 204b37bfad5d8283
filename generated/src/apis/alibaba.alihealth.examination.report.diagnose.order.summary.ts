// Generated from specs/examination/alibaba.alihealth.examination.report.diagnose.order.summary.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.report.diagnose.order.summary` (体检报告人工解读总结回传). */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSummaryRequest {
  /** 入参对象 */
  report_order_summary_request?: AlibabaAlihealthExaminationReportDiagnoseOrderSummaryReportOrderSummaryRequestInput;
}

/** Response of `alibaba.alihealth.examination.report.diagnose.order.summary`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSummaryResponse {
  /** alinkappserver系统返回的通用结果类 */
  service_result?: AlibabaAlihealthExaminationReportDiagnoseOrderSummaryServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReportOrderSummaryRequest` of `alibaba.alihealth.examination.report.diagnose.order.summary`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSummaryReportOrderSummaryRequestInput {
  /** 咨询聊天记录 */
  report_diagnose_message_list?: AlibabaAlihealthExaminationReportDiagnoseOrderSummaryReportdiagnosemessagelistInput[];
  /** 异常项指标 */
  abnormal_item_list?: AlibabaAlihealthExaminationReportDiagnoseOrderSummaryAbnormalitemlistInput[];
  /** 建议复查项目 */
  re_inspect_item?: string;
  /** 建议复查科室 */
  re_inspect_department?: string;
  /** 建议复查疾病 */
  re_inspect_diseases?: string;
  /** 外部报告解读ID */
  outer_order_id: string;
  /** 报告解读ID */
  order_id: string;
}

/** `Reportdiagnosemessagelist` of `alibaba.alihealth.examination.report.diagnose.order.summary`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSummaryReportdiagnosemessagelistInput {
  /** 发送时间 */
  send_time?: string;
  /** 消息媒体链接 */
  message_media_url?: string;
  /** 消息类型 */
  message_type?: string;
  /** 消息文字内容 */
  message_content?: string;
  /** 接收者名称 */
  receiver_name?: string;
  /** 接收者ID */
  receiver_id?: string;
  /** 发送者名称 */
  sender_name?: string;
  /** 发送者ID */
  sender_id?: string;
  /** 序列号 */
  seq_no?: string;
}

/** `Abnormalitemlist` of `alibaba.alihealth.examination.report.diagnose.order.summary`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSummaryAbnormalitemlistInput {
  /** 异常项指标名称 */
  item_detail?: string;
  /** 异常项指标详情 */
  item_name?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.report.diagnose.order.summary`. */
export interface AlibabaAlihealthExaminationReportDiagnoseOrderSummaryServiceResult {
  /** 返回数据对象 */
  data?: string;
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: string;
}

const REQUEST_SCHEMA = {
  report_order_summary_request: {
    report_diagnose_message_list: [
      {
        send_time: 'String',
        message_media_url: 'String',
        message_type: 'String',
        message_content: 'String',
        receiver_name: 'String',
        receiver_id: 'String',
        sender_name: 'String',
        sender_id: 'String',
        seq_no: 'String',
      },
    ],
    abnormal_item_list: [
      {
        item_detail: 'String',
        item_name: 'String',
      },
    ],
    re_inspect_item: 'String',
    re_inspect_department: 'String',
    re_inspect_diseases: 'String',
    outer_order_id: 'String',
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: 'String',
    err_message: 'String',
    err_code: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.report.diagnose.order.summary`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReportDiagnoseOrderSummaryOperation = {
  method: 'alibaba.alihealth.examination.report.diagnose.order.summary',
  responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_summary_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检报告人工解读总结回传 — calls TOP method `alibaba.alihealth.examination.report.diagnose.order.summary`.
 *
 * 记录体检报告人工解读总结
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReportDiagnoseOrderSummary(
  client: TopClient,
  request: AlibabaAlihealthExaminationReportDiagnoseOrderSummaryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReportDiagnoseOrderSummaryResponse> {
  return client.call<AlibabaAlihealthExaminationReportDiagnoseOrderSummaryResponse>(
    {
      method: 'alibaba.alihealth.examination.report.diagnose.order.summary',
      responseRoot: 'alibaba_alihealth_examination_report_diagnose_order_summary_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
