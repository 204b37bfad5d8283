// Generated from specs/examination/alibaba.alihealth.examination.hospital.special.tag.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.hospital.special.tag` (体检机构获取特色服务标签). */
export interface AlibabaAlihealthExaminationHospitalSpecialTagRequest {}

/** Response of `alibaba.alihealth.examination.hospital.special.tag`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationHospitalSpecialTagResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthExaminationHospitalSpecialTagServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.hospital.special.tag`. */
export interface AlibabaAlihealthExaminationHospitalSpecialTagServiceResult {
  /** 返回数据对象 */
  data_list?: AlibabaAlihealthExaminationHospitalSpecialTagStoreSpecialTagsResponse[];
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** traceId */
  eagle_eye_trace_id?: string;
  /** success */
  success?: boolean;
}

/** `StoreSpecialTagsResponse` of `alibaba.alihealth.examination.hospital.special.tag`. */
export interface AlibabaAlihealthExaminationHospitalSpecialTagStoreSpecialTagsResponse {
  /** 标签code */
  tag_code?: string;
  /** 标签name */
  tag_name?: string;
  /** 优先级 */
  priority?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        tag_code: 'String',
        tag_name: 'String',
        priority: 'Number',
      },
    ],
    err_message: 'String',
    err_code: 'String',
    eagle_eye_trace_id: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.hospital.special.tag`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationHospitalSpecialTagOperation = {
  method: 'alibaba.alihealth.examination.hospital.special.tag',
  responseRoot: 'alibaba_alihealth_examination_hospital_special_tag_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构获取特色服务标签 — calls TOP method `alibaba.alihealth.examination.hospital.special.tag`.
 *
 * 体检机构获取特色服务标签列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationHospitalSpecialTag(
  client: TopClient,
  request: AlibabaAlihealthExaminationHospitalSpecialTagRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationHospitalSpecialTagResponse> {
  return client.call<AlibabaAlihealthExaminationHospitalSpecialTagResponse>(
    {
      method: 'alibaba.alihealth.examination.hospital.special.tag',
      responseRoot: 'alibaba_alihealth_examination_hospital_special_tag_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
