// Generated from specs/examination/alibaba.alihealth.examination.reserve.isv.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.reserve.isv.modify` (ISV调TOP主动发起改期信息). */
export interface AlibabaAlihealthExaminationReserveIsvModifyRequest {
  /** 阿里健康预约唯一标识 */
  reserve_number: string;
  /** 体检机构预约唯一标识码 */
  uniq_reserve_code: string;
  /** 修改后预约预约日期，格式：yyyy-MM-dd */
  reserve_date: string;
  /** 修改后预约时间段开始时间 HH:mm:ss */
  reserve_time_start?: string;
  /** 修改后预约时间段结束时间 HH:mm:ss */
  reserve_time_end?: string;
}

/** Response of `alibaba.alihealth.examination.reserve.isv.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReserveIsvModifyResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthExaminationReserveIsvModifyServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.reserve.isv.modify`. */
export interface AlibabaAlihealthExaminationReserveIsvModifyServiceResult {
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
  /** errMessage */
  err_message?: string;
}

const REQUEST_SCHEMA = {
  reserve_number: 'String',
  uniq_reserve_code: 'String',
  reserve_date: 'String',
  reserve_time_start: 'String',
  reserve_time_end: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    success: 'Boolean',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.reserve.isv.modify`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReserveIsvModifyOperation = {
  method: 'alibaba.alihealth.examination.reserve.isv.modify',
  responseRoot: 'alibaba_alihealth_examination_reserve_isv_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV调TOP主动发起改期信息 — calls TOP method `alibaba.alihealth.examination.reserve.isv.modify`.
 *
 * 体检机构对接_ISV发起体检套餐改期
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReserveIsvModify(
  client: TopClient,
  request: AlibabaAlihealthExaminationReserveIsvModifyRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReserveIsvModifyResponse> {
  return client.call<AlibabaAlihealthExaminationReserveIsvModifyResponse>(
    {
      method: 'alibaba.alihealth.examination.reserve.isv.modify',
      responseRoot: 'alibaba_alihealth_examination_reserve_isv_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
