// Generated from specs/alihealthpw/alibaba.alihealth.pw.gm.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.gm.detail` (同情用药申请单详情接口). */
export interface AlibabaAlihealthPwGmDetailRequest {
  /** 入参 */
  body?: AlibabaAlihealthPwGmDetailDetailForBReqInput;
}

/** Response of `alibaba.alihealth.pw.gm.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwGmDetailResponse {
  /** 返回值 */
  result?: AlibabaAlihealthPwGmDetailResponseMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DetailForBReq` of `alibaba.alihealth.pw.gm.detail`. */
export interface AlibabaAlihealthPwGmDetailDetailForBReqInput {
  /** 申请单唯一编码 */
  apply_unique_code: string;
}

/** `ResponseMessage` of `alibaba.alihealth.pw.gm.detail`. */
export interface AlibabaAlihealthPwGmDetailResponseMessage {
  /** 状态码 */
  code?: string;
  /** 数据 */
  data?: AlibabaAlihealthPwGmDetailApplyDetailResp;
  /** 错误信息 */
  message?: string;
}

/** `ApplyDetailResp` of `alibaba.alihealth.pw.gm.detail`. */
export interface AlibabaAlihealthPwGmDetailApplyDetailResp {
  /** 审核时间 */
  audit_time?: string;
  /** 申请时间 */
  apply_time?: string;
  /** 状态文案 */
  apply_status_desc?: string;
  /** 状态 */
  apply_status?: string;
  /** 申请类型 */
  apply_type?: string;
  /** 申请信息 */
  apply_info?: AlibabaAlihealthPwGmDetailApplyInfo;
}

/** `ApplyInfo` of `alibaba.alihealth.pw.gm.detail`. */
export interface AlibabaAlihealthPwGmDetailApplyInfo {
  /** 就诊信息 */
  treat_info?: AlibabaAlihealthPwGmDetailTreatInfo;
  /** 填写人信息 */
  writer_info?: AlibabaAlihealthPwGmDetailWriterInfo;
  /** 患者信息 */
  patient_info?: AlibabaAlihealthPwGmDetailPatientInfo;
}

/** `TreatInfo` of `alibaba.alihealth.pw.gm.detail`. */
export interface AlibabaAlihealthPwGmDetailTreatInfo {
  /** 诊疗报告 */
  diagnosis_reports?: string[];
  /** 就诊医生 */
  doctor?: string;
  /** 医院 */
  hospital?: string;
  /** 城市 */
  city?: string;
  /** 疾病名 */
  disease_name?: string;
  /** 药品名称 */
  drug_name?: string;
}

/** `WriterInfo` of `alibaba.alihealth.pw.gm.detail`. */
export interface AlibabaAlihealthPwGmDetailWriterInfo {
  /** 渠道 */
  channel?: string;
  /** 联系方式 */
  phone?: string;
  /** 收入 */
  income?: string;
  /** 亲属关系 */
  relation_ship?: string;
}

/** `PatientInfo` of `alibaba.alihealth.pw.gm.detail`. */
export interface AlibabaAlihealthPwGmDetailPatientInfo {
  /** 生日 */
  birthday?: string;
  /** 身份证 */
  patient_card?: string;
  /** 性别 */
  patient_sex?: string;
  /** 姓名 */
  patient_name?: string;
}

const REQUEST_SCHEMA = {
  body: {
    apply_unique_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      audit_time: 'String',
      apply_time: 'String',
      apply_status_desc: 'String',
      apply_status: 'String',
      apply_type: 'String',
      apply_info: {
        treat_info: {
          diagnosis_reports: ['String'],
          doctor: 'String',
          hospital: 'String',
          city: 'String',
          disease_name: 'String',
          drug_name: 'String',
        },
        writer_info: {
          channel: 'String',
          phone: 'String',
          income: 'String',
          relation_ship: 'String',
        },
        patient_info: {
          birthday: 'String',
          patient_card: 'String',
          patient_sex: 'String',
          patient_name: 'String',
        },
      },
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.gm.detail`: method, response root, request and response schemas. */
export const alibabaAlihealthPwGmDetailOperation = {
  method: 'alibaba.alihealth.pw.gm.detail',
  responseRoot: 'alibaba_alihealth_pw_gm_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同情用药申请单详情接口 — calls TOP method `alibaba.alihealth.pw.gm.detail`.
 *
 * 同情用药申请单详情接口，提供给合作方查询申请单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwGmDetail(
  client: TopClient,
  request: AlibabaAlihealthPwGmDetailRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwGmDetailResponse> {
  return client.call<AlibabaAlihealthPwGmDetailResponse>(
    {
      method: 'alibaba.alihealth.pw.gm.detail',
      responseRoot: 'alibaba_alihealth_pw_gm_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
