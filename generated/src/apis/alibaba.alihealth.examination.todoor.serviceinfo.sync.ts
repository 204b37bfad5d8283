// Generated from specs/examination/alibaba.alihealth.examination.todoor.serviceinfo.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.todoor.serviceinfo.sync` (上门检测服务信息同步). */
export interface AlibabaAlihealthExaminationTodoorServiceinfoSyncRequest {
  /** 服务商预约凭证 */
  uniq_reserve_code: string;
  /** 从业者信息 */
  medical_practitioner_info: AlibabaAlihealthExaminationTodoorServiceinfoSyncMedicalPractitionerInfoInput;
  /** 事件发生时间 */
  event_occur_time?: string;
  /** 事件(ASSIGNED_PRACTITONER:已分配医护人员、PRACTITONER_GO_OUT:医护人员已出发、PRACTITONER_HOME:医护人员已到家、PRACTITONER_CHECKED:医护人员检查完成)、CHANGE_PRACTITONER(变更医护人员) */
  event: string;
  /** 健康预约凭证 */
  reserve_number: string;
}

/** Response of `alibaba.alihealth.examination.todoor.serviceinfo.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationTodoorServiceinfoSyncResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthExaminationTodoorServiceinfoSyncServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MedicalPractitionerInfo` of `alibaba.alihealth.examination.todoor.serviceinfo.sync`. */
export interface AlibabaAlihealthExaminationTodoorServiceinfoSyncMedicalPractitionerInfoInput {
  /** 性别(MALE-男;FEMALE-女;) */
  gender?: string;
  /** 从业者手机号 */
  phone?: string;
  /** 外部系统从业者id */
  outer_practitioner_id: string;
  /** 从业者姓名 */
  name?: string;
  /** 从业者资质证书图片链接 */
  certifications_url?: string;
  /** 执业机构名称 */
  practice_agency_name?: string;
  /** 执业机构所在省份 */
  practice_agency_province?: string;
  /** 执业机构所在省份Code */
  practice_agency_province_code?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.todoor.serviceinfo.sync`. */
export interface AlibabaAlihealthExaminationTodoorServiceinfoSyncServiceResult {
  /** 追踪id */
  eagle_eye_trace_id?: string;
  /** 返回数据对象 */
  data?: AlibabaAlihealthExaminationTodoorServiceinfoSyncData;
  /** success */
  success?: boolean;
  /** errCode */
  err_code?: string;
  /** errMessage */
  err_message?: string;
}

/** `Data` of `alibaba.alihealth.examination.todoor.serviceinfo.sync`. */
export interface AlibabaAlihealthExaminationTodoorServiceinfoSyncData {
  /** 结果 */
  response_code?: string;
  /** 结果 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  uniq_reserve_code: 'String',
  medical_practitioner_info: {
    gender: 'String',
    phone: 'String',
    outer_practitioner_id: 'String',
    name: 'String',
    certifications_url: 'String',
    practice_agency_name: 'String',
    practice_agency_province: 'String',
    practice_agency_province_code: 'String',
  },
  event_occur_time: 'String',
  event: 'String',
  reserve_number: 'String',
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

/** Static description of `alibaba.alihealth.examination.todoor.serviceinfo.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationTodoorServiceinfoSyncOperation = {
  method: 'alibaba.alihealth.examination.todoor.serviceinfo.sync',
  responseRoot: 'alibaba_alihealth_examination_todoor_serviceinfo_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上门检测服务信息同步 — calls TOP method `alibaba.alihealth.examination.todoor.serviceinfo.sync`.
 *
 * isv同步上门检测服务信息给健康
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationTodoorServiceinfoSync(
  client: TopClient,
  request: AlibabaAlihealthExaminationTodoorServiceinfoSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationTodoorServiceinfoSyncResponse> {
  return client.call<AlibabaAlihealthExaminationTodoorServiceinfoSyncResponse>(
    {
      method: 'alibaba.alihealth.examination.todoor.serviceinfo.sync',
      responseRoot: 'alibaba_alihealth_examination_todoor_serviceinfo_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
