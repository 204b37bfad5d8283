// Generated from specs/alihealthpw/alibaba.alihealth.pw.special.synchronode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.special.synchronode` (合作方同步状态至阿里健康). */
export interface AlibabaAlihealthPwSpecialSynchronodeRequest {
  /** 状态信息入参 */
  body?: AlibabaAlihealthPwSpecialSynchronodeSNodeDtoInput;
}

/** Response of `alibaba.alihealth.pw.special.synchronode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwSpecialSynchronodeResponse {
  /** 返回值 */
  result?: AlibabaAlihealthPwSpecialSynchronodeResponseMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SNodeDto` of `alibaba.alihealth.pw.special.synchronode`. */
export interface AlibabaAlihealthPwSpecialSynchronodeSNodeDtoInput {
  /** 患者姓名 */
  patient_name?: string;
  /** 医疗费用补助 */
  hospital_allowance?: string;
  /** 医院收件电话 */
  hospital_ems_phone?: string;
  /** 是否转诊 */
  is_refer?: string;
  /** 资料链接 */
  download_url?: string;
  /** 医院地址 */
  hospital_address?: string;
  /** 唯一编码 */
  user_unique_code: string;
  /** 审核时间 */
  apply_audit_time?: string;
  /** 交通住宿打款日期 */
  foundation_pay_date?: string;
  /** 审核意见 */
  check_remark?: string;
  /** 医院电话 */
  hospital_phone?: string;
  /** 医院收件电话 */
  foundation_ems_phone?: string;
  /** 跳转url */
  url?: string;
  /** 基金会收件地址 */
  foundation_ems_address?: string;
  /** 交通住宿金额 */
  foundation_allowance?: string;
  /** 短信通知手机 */
  sms_phone?: string;
  /** 基金会收件人 */
  hospital_addressee?: string;
  /** 审核状态 */
  apply_audit_status?: string;
  /** 就诊医院 */
  treat_hospital?: string;
  /** 基金会收件人 */
  foundation_addressee?: string;
  /** 医疗费用打款日期 */
  hospital_pay_date?: string;
  /** 申请项目 */
  project_third_id?: string;
  /** 医院收件地址 */
  hospital_ems_address?: string;
  /** 打款机构 */
  payment_institution?: string;
}

/** `ResponseMessage` of `alibaba.alihealth.pw.special.synchronode`. */
export interface AlibabaAlihealthPwSpecialSynchronodeResponseMessage {
  /** 状态码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  body: {
    patient_name: 'String',
    hospital_allowance: 'String',
    hospital_ems_phone: 'String',
    is_refer: 'String',
    download_url: 'String',
    hospital_address: 'String',
    user_unique_code: 'String',
    apply_audit_time: 'String',
    foundation_pay_date: 'String',
    check_remark: 'String',
    hospital_phone: 'String',
    foundation_ems_phone: 'String',
    url: 'String',
    foundation_ems_address: 'String',
    foundation_allowance: 'String',
    sms_phone: 'String',
    hospital_addressee: 'String',
    apply_audit_status: 'String',
    treat_hospital: 'String',
    foundation_addressee: 'String',
    hospital_pay_date: 'String',
    project_third_id: 'String',
    hospital_ems_address: 'String',
    payment_institution: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.special.synchronode`: method, response root, request and response schemas. */
export const alibabaAlihealthPwSpecialSynchronodeOperation = {
  method: 'alibaba.alihealth.pw.special.synchronode',
  responseRoot: 'alibaba_alihealth_pw_special_synchronode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 合作方同步状态至阿里健康 — calls TOP method `alibaba.alihealth.pw.special.synchronode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwSpecialSynchronode(
  client: TopClient,
  request: AlibabaAlihealthPwSpecialSynchronodeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwSpecialSynchronodeResponse> {
  return client.call<AlibabaAlihealthPwSpecialSynchronodeResponse>(
    {
      method: 'alibaba.alihealth.pw.special.synchronode',
      responseRoot: 'alibaba_alihealth_pw_special_synchronode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
