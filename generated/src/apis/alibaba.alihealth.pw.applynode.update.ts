// Generated from specs/alihealthpw/alibaba.alihealth.pw.applynode.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.applynode.update` (申请节点变更回调). */
export interface AlibabaAlihealthPwApplynodeUpdateRequest {
  /** 回调入参 */
  body?: AlibabaAlihealthPwApplynodeUpdateAuditRollbackRoInput;
}

/** Response of `alibaba.alihealth.pw.applynode.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwApplynodeUpdateResponse {
  /** pap项目状态码 */
  pap_code?: string;
  /** pap项目状态描述 */
  pap_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AuditRollbackRo` of `alibaba.alihealth.pw.applynode.update`. */
export interface AlibabaAlihealthPwApplynodeUpdateAuditRollbackRoInput {
  /** 打款日期 */
  receipt_date?: string;
  /** 唯一编码 */
  user_unique_code?: string;
  /** 审核时间 */
  apply_audit_time?: string;
  /** xxx */
  check_remark?: string;
  /** 跳转url */
  url?: string;
  /** 收款人 */
  receipt_name?: string;
  /** 收款账户 */
  receipt_account?: string;
  /** 审核状态 */
  apply_audit_status?: string;
  /** 申请项目 */
  project_third_id?: string;
  /** 收款金额 */
  receipt_money?: string;
  /** 医院列表 */
  hospitals_desc?: string[];
  /** 患者姓名 */
  patient_name?: string;
  /** 选择医院 */
  hospital_info?: AlibabaAlihealthPwApplynodeUpdateHospitalInfoDtoInput;
}

/** `HospitalInfoDto` of `alibaba.alihealth.pw.applynode.update`. */
export interface AlibabaAlihealthPwApplynodeUpdateHospitalInfoDtoInput {
  /** 医院联系方式 */
  hospital_phone?: string;
  /** 医院名称 */
  hospital_name?: string;
  /** 医院地址 */
  hospital_address?: string;
  /** 医院logo */
  hospital_logo?: string;
  /** 医院等级 */
  hospital_grade?: string;
  /** 医院编码 */
  hospital_code?: string;
}

const REQUEST_SCHEMA = {
  body: {
    receipt_date: 'String',
    user_unique_code: 'String',
    apply_audit_time: 'String',
    check_remark: 'String',
    url: 'String',
    receipt_name: 'String',
    receipt_account: 'String',
    apply_audit_status: 'String',
    project_third_id: 'String',
    receipt_money: 'String',
    hospitals_desc: ['String'],
    patient_name: 'String',
    hospital_info: {
      hospital_phone: 'String',
      hospital_name: 'String',
      hospital_address: 'String',
      hospital_logo: 'String',
      hospital_grade: 'String',
      hospital_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  pap_code: 'String',
  pap_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.applynode.update`: method, response root, request and response schemas. */
export const alibabaAlihealthPwApplynodeUpdateOperation = {
  method: 'alibaba.alihealth.pw.applynode.update',
  responseRoot: 'alibaba_alihealth_pw_applynode_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 申请节点变更回调 — calls TOP method `alibaba.alihealth.pw.applynode.update`.
 *
 * 基金会回调阿里健康更新药品援助申请单的状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwApplynodeUpdate(
  client: TopClient,
  request: AlibabaAlihealthPwApplynodeUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwApplynodeUpdateResponse> {
  return client.call<AlibabaAlihealthPwApplynodeUpdateResponse>(
    {
      method: 'alibaba.alihealth.pw.applynode.update',
      responseRoot: 'alibaba_alihealth_pw_applynode_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
