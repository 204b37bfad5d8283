// Generated from specs/alihealthoutflow/alibaba.alihealth.doctor.leshui.apply.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.doctor.leshui.apply.notify` (申请单审核结果通知). */
export interface AlibabaAlihealthDoctorLeshuiApplyNotifyRequest {
  /** 入参 */
  param: AlibabaAlihealthDoctorLeshuiApplyNotifyApplyTaxNoticeRequestInput;
}

/** Response of `alibaba.alihealth.doctor.leshui.apply.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDoctorLeshuiApplyNotifyResponse {
  /** 返回结果 */
  service_result?: AlibabaAlihealthDoctorLeshuiApplyNotifyServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApplyTaxNoticeRequest` of `alibaba.alihealth.doctor.leshui.apply.notify`. */
export interface AlibabaAlihealthDoctorLeshuiApplyNotifyApplyTaxNoticeRequestInput {
  /** 审核事件类型 */
  action: string;
  /** appKey */
  app_key?: string;
  /** 来源 */
  source: string;
  /** 申请单编号 */
  apply_batch_num: string;
  /** 扩展信息(JSON格式) */
  ext_info?: string;
}

/** `ServiceResult` of `alibaba.alihealth.doctor.leshui.apply.notify`. */
export interface AlibabaAlihealthDoctorLeshuiApplyNotifyServiceResult {
  /** 通知成功 */
  data?: string;
  /** 调用成功 */
  success?: string;
  /** 错误code */
  err_code?: string;
  /** 错误message */
  err_message?: string;
}

const REQUEST_SCHEMA = {
  param: {
    action: 'String',
    app_key: 'String',
    source: 'String',
    apply_batch_num: 'String',
    ext_info: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: 'String',
    success: 'String',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.doctor.leshui.apply.notify`: method, response root, request and response schemas. */
export const alibabaAlihealthDoctorLeshuiApplyNotifyOperation = {
  method: 'alibaba.alihealth.doctor.leshui.apply.notify',
  responseRoot: 'alibaba_alihealth_doctor_leshui_apply_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 申请单审核结果通知 — calls TOP method `alibaba.alihealth.doctor.leshui.apply.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDoctorLeshuiApplyNotify(
  client: TopClient,
  request: AlibabaAlihealthDoctorLeshuiApplyNotifyRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDoctorLeshuiApplyNotifyResponse> {
  return client.call<AlibabaAlihealthDoctorLeshuiApplyNotifyResponse>(
    {
      method: 'alibaba.alihealth.doctor.leshui.apply.notify',
      responseRoot: 'alibaba_alihealth_doctor_leshui_apply_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
