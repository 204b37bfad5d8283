// Generated from specs/drugtrace/alibaba.alihealth.zy.uploadrelation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.zy.uploadrelation` (中药片关联关系上传). */
export interface AlibabaAlihealthZyUploadrelationRequest {
  /** 关联关系文件信息 */
  save_code_relation?: AlibabaAlihealthZyUploadrelationSaveCodeRelationTypeInput;
  /** affirmFlag */
  affirm_flag?: string;
  /** fileContent */
  file_content?: string;
  /** 加密之后的上传的关联关系文件内容 */
  file_content_string: string;
  /** 企业ID */
  ref_ent_id: string;
  /** 客户端类型 */
  client_type?: string;
}

/** Response of `alibaba.alihealth.zy.uploadrelation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthZyUploadrelationResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthZyUploadrelationResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SaveCodeRelationType` of `alibaba.alihealth.zy.uploadrelation`. */
export interface AlibabaAlihealthZyUploadrelationSaveCodeRelationTypeInput {
  /** 操作的icCode */
  oper_ic_code?: string;
  /** 用户证书 */
  user_cert?: string;
  /** 生产码 */
  prod_code?: string;
  /** 企业名 */
  ent_name?: string;
  /** 操作员姓名 */
  oper_ic_name?: string;
  /** 上传标记 */
  upload_flag?: string;
  /** 上传文件的文件名，建议加上 */
  upload_file_name?: string;
  /** 上传日期（格式 2018-09-18） */
  crt_date?: string;
  /** 上传文件的企业ID */
  ent_seq_no?: string;
  /** 3中药饮片 */
  business_type?: Int64Input;
}

/** `ResultModel` of `alibaba.alihealth.zy.uploadrelation`. */
export interface AlibabaAlihealthZyUploadrelationResultModel {
  /** model */
  model?: AlibabaAlihealthZyUploadrelationSaveCodeRelationResultDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  response_success?: boolean;
}

/** `SaveCodeRelationResultDto` of `alibaba.alihealth.zy.uploadrelation`. */
export interface AlibabaAlihealthZyUploadrelationSaveCodeRelationResultDto {
  /** 结果信息 */
  response_message?: string;
  /** 结果标记 */
  flag?: string;
}

const REQUEST_SCHEMA = {
  save_code_relation: {
    oper_ic_code: 'String',
    user_cert: 'String',
    prod_code: 'String',
    ent_name: 'String',
    oper_ic_name: 'String',
    upload_flag: 'String',
    upload_file_name: 'String',
    crt_date: 'String',
    ent_seq_no: 'String',
    business_type: 'Number',
  },
  affirm_flag: 'String',
  file_content: 'String',
  file_content_string: 'String',
  ref_ent_id: 'String',
  client_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      response_message: 'String',
      flag: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.zy.uploadrelation`: method, response root, request and response schemas. */
export const alibabaAlihealthZyUploadrelationOperation = {
  method: 'alibaba.alihealth.zy.uploadrelation',
  responseRoot: 'alibaba_alihealth_zy_uploadrelation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 中药片关联关系上传 — calls TOP method `alibaba.alihealth.zy.uploadrelation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthZyUploadrelation(
  client: TopClient,
  request: AlibabaAlihealthZyUploadrelationRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthZyUploadrelationResponse> {
  return client.call<AlibabaAlihealthZyUploadrelationResponse>(
    {
      method: 'alibaba.alihealth.zy.uploadrelation',
      responseRoot: 'alibaba_alihealth_zy_uploadrelation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
