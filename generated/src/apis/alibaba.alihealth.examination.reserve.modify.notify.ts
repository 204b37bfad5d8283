// Generated from specs/examination/alibaba.alihealth.examination.reserve.modify.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.reserve.modify.notify` (通知改期结果). */
export interface AlibabaAlihealthExaminationReserveModifyNotifyRequest {
  /** 服务商预约凭证 */
  uniq_reserve_code: string;
  /** 旧的预约日期 */
  old_reserve_date: string;
  /** 套餐编码 */
  package_code?: string;
  /** 健康预约凭证 */
  reserve_number: string;
  /** 新的预约日期 */
  new_reserve_date: string;
  /** 商品编码 */
  goods_code?: string;
  /** 门店编码 */
  store_code?: string;
  /** true:同意修改；false:拒绝修改 */
  pass: boolean;
  /** 拒绝修改的时候需要传递拒绝原因 */
  reason?: string;
  /** 新的预约时间段开始时间 */
  new_reserve_time_start?: string;
  /** 新的预约时间段结束时间 */
  new_reserve_time_end?: string;
}

/** Response of `alibaba.alihealth.examination.reserve.modify.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReserveModifyNotifyResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthExaminationReserveModifyNotifyServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.reserve.modify.notify`. */
export interface AlibabaAlihealthExaminationReserveModifyNotifyServiceResult {
  /** 鹰眼id */
  eagle_eye_trace_id?: string;
  /** 返回数据对象 */
  data?: AlibabaAlihealthExaminationReserveModifyNotifyModifyResultResponse;
  /** success */
  success?: boolean;
  /** errCode */
  err_code?: string;
  /** errMessage */
  err_message?: string;
}

/** `ModifyResultResponse` of `alibaba.alihealth.examination.reserve.modify.notify`. */
export interface AlibabaAlihealthExaminationReserveModifyNotifyModifyResultResponse {
  /** 结果 */
  response_code?: string;
  /** 结果 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  uniq_reserve_code: 'String',
  old_reserve_date: 'String',
  package_code: 'String',
  reserve_number: 'String',
  new_reserve_date: 'String',
  goods_code: 'String',
  store_code: 'String',
  pass: 'Boolean',
  reason: 'String',
  new_reserve_time_start: 'String',
  new_reserve_time_end: 'String',
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

/** Static description of `alibaba.alihealth.examination.reserve.modify.notify`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReserveModifyNotifyOperation = {
  method: 'alibaba.alihealth.examination.reserve.modify.notify',
  responseRoot: 'alibaba_alihealth_examination_reserve_modify_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通知改期结果 — calls TOP method `alibaba.alihealth.examination.reserve.modify.notify`.
 *
 * 体检状态为改期中，服务上通知健康是否改期成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReserveModifyNotify(
  client: TopClient,
  request: AlibabaAlihealthExaminationReserveModifyNotifyRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReserveModifyNotifyResponse> {
  return client.call<AlibabaAlihealthExaminationReserveModifyNotifyResponse>(
    {
      method: 'alibaba.alihealth.examination.reserve.modify.notify',
      responseRoot: 'alibaba_alihealth_examination_reserve_modify_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
