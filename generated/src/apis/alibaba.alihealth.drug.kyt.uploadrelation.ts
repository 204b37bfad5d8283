// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.uploadrelation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.uploadrelation` (关联关系上传). */
export interface AlibabaAlihealthDrugKytUploadrelationRequest {
  /** 关联关系文件信息 */
  save_code_relation?: AlibabaAlihealthDrugKytUploadrelationSaveCodeRelationTypeInput;
  /** affirmFlag */
  affirm_flag?: string;
  /** fileContent(可不添) */
  file_content?: string;
  /** 加密之后的文件内容字符串（先把文件内容用java的zip类压缩然后转base64） */
  file_content_string: string;
  /** 上传文件的企业ID */
  ref_ent_id: string;
  /** 客户端类型 */
  client_type?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.uploadrelation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUploadrelationResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytUploadrelationResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SaveCodeRelationType` of `alibaba.alihealth.drug.kyt.uploadrelation`. */
export interface AlibabaAlihealthDrugKytUploadrelationSaveCodeRelationTypeInput {
  /** 操作的icCode */
  oper_ic_code?: string;
  /** 用户证书 */
  user_cert?: string;
  /** 上传关联关系的药品子类编码 */
  prod_code?: string;
  /** 企业名 */
  ent_name?: string;
  /** 操作员姓名 */
  oper_ic_name?: string;
  /** 上传标记 */
  upload_flag?: string;
  /** 上传文件的文件名（建议填写一个，用于后面查询） */
  upload_file_name: string;
  /** 上传日期(格式 2018-09-18) */
  crt_date?: string;
  /** 上传文件的企业ID */
  ent_seq_no: string;
  /** 1药 3中药饮片 5医疗器材 */
  business_type?: Int64Input;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.uploadrelation`. */
export interface AlibabaAlihealthDrugKytUploadrelationResultModel {
  /** model */
  model?: AlibabaAlihealthDrugKytUploadrelationSaveCodeRelationResultDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  response_success?: boolean;
}

/** `SaveCodeRelationResultDto` of `alibaba.alihealth.drug.kyt.uploadrelation`. */
export interface AlibabaAlihealthDrugKytUploadrelationSaveCodeRelationResultDto {
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

/** Static description of `alibaba.alihealth.drug.kyt.uploadrelation`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUploadrelationOperation = {
  method: 'alibaba.alihealth.drug.kyt.uploadrelation',
  responseRoot: 'alibaba_alihealth_drug_kyt_uploadrelation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关联关系上传 — calls TOP method `alibaba.alihealth.drug.kyt.uploadrelation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUploadrelation(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUploadrelationRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUploadrelationResponse> {
  return client.call<AlibabaAlihealthDrugKytUploadrelationResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.uploadrelation',
      responseRoot: 'alibaba_alihealth_drug_kyt_uploadrelation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
