// Generated from specs/legalcase/alibaba.legal.case.mediate.record.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.mediate.record.save` (新增调解结果). */
export interface AlibabaLegalCaseMediateRecordSaveRequest {
  /** 案件id */
  case_id?: Int64Input;
  /** 委托id */
  entrust_id?: Int64Input;
  /** 记录 */
  record?: AlibabaLegalCaseMediateRecordSaveMediateCommunicationModelInput;
}

/** Response of `alibaba.legal.case.mediate.record.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseMediateRecordSaveResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalCaseMediateRecordSaveServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MediateCommunicationModel` of `alibaba.legal.case.mediate.record.save`. */
export interface AlibabaLegalCaseMediateRecordSaveMediateCommunicationModelInput {
  /** 附件 */
  attachment_list?: AlibabaLegalCaseMediateRecordSaveFileModelInput[];
  /** 沟通记录 */
  communicate_record?: string;
  /** 联系电话 */
  contact_number?: string;
  /** 调解联系人 */
  contact_people?: string;
  /** 调解联系时间 */
  contact_time?: DateInput;
  /** id新增不用 */
  id?: Int64Input;
  /** 调解金额 */
  mediate_amount?: string;
  /** 调解阶段 */
  phase?: string;
  /** 备注 */
  remark?: string;
  /** 结果 */
  result?: string;
  /** 结果原因 */
  result_reason?: string;
  /** 卖家是否要求积极应诉 */
  seller_ask_respondent?: boolean;
  /** 解决方案 */
  solution?: string;
}

/** `FileModel` of `alibaba.legal.case.mediate.record.save`. */
export interface AlibabaLegalCaseMediateRecordSaveFileModelInput {
  /** key */
  key?: string;
  /** 名称 */
  name?: string;
}

/** `ServiceResult` of `alibaba.legal.case.mediate.record.save`. */
export interface AlibabaLegalCaseMediateRecordSaveServiceResult {
  /** 调解记录id */
  content?: Int64;
  /** error */
  error_code?: string;
  /** msg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  case_id: 'Number',
  entrust_id: 'Number',
  record: {
    attachment_list: [
      {
        key: 'String',
        name: 'String',
      },
    ],
    communicate_record: 'String',
    contact_number: 'String',
    contact_people: 'String',
    contact_time: 'Date',
    id: 'Number',
    mediate_amount: 'Price',
    phase: 'String',
    remark: 'String',
    result: 'String',
    result_reason: 'String',
    seller_ask_respondent: 'Boolean',
    solution: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Number',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.mediate.record.save`: method, response root, request and response schemas. */
export const alibabaLegalCaseMediateRecordSaveOperation = {
  method: 'alibaba.legal.case.mediate.record.save',
  responseRoot: 'alibaba_legal_case_mediate_record_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增调解结果 — calls TOP method `alibaba.legal.case.mediate.record.save`.
 *
 * 增加调解沟通记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseMediateRecordSave(
  client: TopClient,
  request: AlibabaLegalCaseMediateRecordSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalCaseMediateRecordSaveResponse> {
  return client.call<AlibabaLegalCaseMediateRecordSaveResponse>(
    {
      method: 'alibaba.legal.case.mediate.record.save',
      responseRoot: 'alibaba_legal_case_mediate_record_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
