// Generated from specs/examination/alibaba.alihealth.examination.reserve.state.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.reserve.state.notify` (体检机构对接_体检状态主动通知). */
export interface AlibabaAlihealthExaminationReserveStateNotifyRequest {
  /** 服务商预约凭证 */
  uniq_reserve_code: string;
  /** 健康预约凭证 */
  reserve_number: string;
  /** 体检状态：已到检(exam_done)、确认预约(exam_not)、取消预约(exam_cancel)； */
  report_status: string;
  /** 到检凭证，exam_done状态下，该字段必填 */
  check_no?: string;
}

/** Response of `alibaba.alihealth.examination.reserve.state.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReserveStateNotifyResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthExaminationReserveStateNotifyServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.reserve.state.notify`. */
export interface AlibabaAlihealthExaminationReserveStateNotifyServiceResult {
  /** 鹰眼 */
  eagle_eye_trace_id?: string;
  /** 返回数据对象 */
  data?: AlibabaAlihealthExaminationReserveStateNotifyReserveStatusResultResponse;
  /** success */
  success?: boolean;
  /** 系统错误码 */
  err_code?: string;
  /** 系统错误信息 */
  err_message?: string;
}

/** `ReserveStatusResultResponse` of `alibaba.alihealth.examination.reserve.state.notify`. */
export interface AlibabaAlihealthExaminationReserveStateNotifyReserveStatusResultResponse {
  /** 业务响应code */
  response_code?: string;
  /** 正文 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  uniq_reserve_code: 'String',
  reserve_number: 'String',
  report_status: 'String',
  check_no: 'String',
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

/** Static description of `alibaba.alihealth.examination.reserve.state.notify`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReserveStateNotifyOperation = {
  method: 'alibaba.alihealth.examination.reserve.state.notify',
  responseRoot: 'alibaba_alihealth_examination_reserve_state_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_体检状态主动通知 — calls TOP method `alibaba.alihealth.examination.reserve.state.notify`.
 *
 * 到了体检当天后，服务商主动通知体检预约状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReserveStateNotify(
  client: TopClient,
  request: AlibabaAlihealthExaminationReserveStateNotifyRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReserveStateNotifyResponse> {
  return client.call<AlibabaAlihealthExaminationReserveStateNotifyResponse>(
    {
      method: 'alibaba.alihealth.examination.reserve.state.notify',
      responseRoot: 'alibaba_alihealth_examination_reserve_state_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
