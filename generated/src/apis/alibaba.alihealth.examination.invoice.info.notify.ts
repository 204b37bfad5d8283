// Generated from specs/examination/alibaba.alihealth.examination.invoice.info.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.invoice.info.notify` (体检机构同步发票信息给阿里健康). */
export interface AlibabaAlihealthExaminationInvoiceInfoNotifyRequest {
  /** 阿里健康预约凭证 */
  reserve_number: string;
  /** 开票状态；（have_submit已提交、invoice_done已开票） */
  invoice_status?: string;
  /** 发票访问地址；（invoice_status在已开票状态下必填） */
  invoice_url?: string;
}

/** Response of `alibaba.alihealth.examination.invoice.info.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationInvoiceInfoNotifyResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthExaminationInvoiceInfoNotifyServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.invoice.info.notify`. */
export interface AlibabaAlihealthExaminationInvoiceInfoNotifyServiceResult {
  /** 鹰眼id */
  eagle_eye_trace_id?: string;
  /** 返回数据对象 */
  data?: AlibabaAlihealthExaminationInvoiceInfoNotifyReserveStatusResultResponse;
  /** success */
  success?: boolean;
  /** 系统错误码 */
  err_code?: string;
  /** 系统错误信息 */
  err_message?: string;
}

/** `ReserveStatusResultResponse` of `alibaba.alihealth.examination.invoice.info.notify`. */
export interface AlibabaAlihealthExaminationInvoiceInfoNotifyReserveStatusResultResponse {
  /** 业务响应code */
  response_code?: string;
  /** 正文 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  reserve_number: 'String',
  invoice_status: 'String',
  invoice_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    eagle_eye_trace_id: 'String',
    data: {
      response_code: 'String',
      msg: 'String',
    },
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.invoice.info.notify`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationInvoiceInfoNotifyOperation = {
  method: 'alibaba.alihealth.examination.invoice.info.notify',
  responseRoot: 'alibaba_alihealth_examination_invoice_info_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构同步发票信息给阿里健康 — calls TOP method `alibaba.alihealth.examination.invoice.info.notify`.
 *
 * 体检机构向阿里健康同步发票信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationInvoiceInfoNotify(
  client: TopClient,
  request: AlibabaAlihealthExaminationInvoiceInfoNotifyRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationInvoiceInfoNotifyResponse> {
  return client.call<AlibabaAlihealthExaminationInvoiceInfoNotifyResponse>(
    {
      method: 'alibaba.alihealth.examination.invoice.info.notify',
      responseRoot: 'alibaba_alihealth_examination_invoice_info_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
