// Generated from specs/examination/alibaba.alihealth.examination.report.diagnose.tempmessage.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.report.diagnose.tempmessage.receive` (导医通报告解读临时消息接收). */
export interface AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveRequest {
  /** 入参对象 */
  report_diagnose_im_message_request?: AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveReportDiagnoseImMessageRequestInput;
}

/** Response of `alibaba.alihealth.examination.report.diagnose.tempmessage.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveResponse {
  /** alinkappserver系统返回的通用结果类 */
  service_result?: AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReportDiagnoseImMessageRequest` of `alibaba.alihealth.examination.report.diagnose.tempmessage.receive`. */
export interface AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveReportDiagnoseImMessageRequestInput {
  /** 消息媒体url */
  message_media_url?: string;
  /** 消息文字内容 */
  message_content?: string;
  /** 发送时间 */
  send_time?: string;
  /** 消息类型 */
  message_type?: string;
  /** 接收者名字 */
  receiver_name?: string;
  /** 发送者名字 */
  sender_name?: string;
  /** 接收者ID */
  receiver_id?: string;
  /** 发送者ID */
  sender_id?: string;
  /** 订单ID */
  order_id?: string;
  /** 顺序号 */
  seq_no?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.report.diagnose.tempmessage.receive`. */
export interface AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveServiceResult {
  /** 返回数据对象 */
  data?: string;
  /** 错误编码 */
  err_code?: string;
  /** 错信信息 */
  err_message?: string;
  /** 调用返回 */
  success?: string;
}

const REQUEST_SCHEMA = {
  report_diagnose_im_message_request: {
    message_media_url: 'String',
    message_content: 'String',
    send_time: 'String',
    message_type: 'String',
    receiver_name: 'String',
    sender_name: 'String',
    receiver_id: 'String',
    sender_id: 'String',
    order_id: 'String',
    seq_no: 'String',
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

/** Static description of `alibaba.alihealth.examination.report.diagnose.tempmessage.receive`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReportDiagnoseTempmessageReceiveOperation = {
  method: 'alibaba.alihealth.examination.report.diagnose.tempmessage.receive',
  responseRoot: 'alibaba_alihealth_examination_report_diagnose_tempmessage_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导医通报告解读临时消息接收 — calls TOP method `alibaba.alihealth.examination.report.diagnose.tempmessage.receive`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReportDiagnoseTempmessageReceive(
  client: TopClient,
  request: AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveResponse> {
  return client.call<AlibabaAlihealthExaminationReportDiagnoseTempmessageReceiveResponse>(
    {
      method: 'alibaba.alihealth.examination.report.diagnose.tempmessage.receive',
      responseRoot: 'alibaba_alihealth_examination_report_diagnose_tempmessage_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
