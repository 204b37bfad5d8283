// Generated from specs/legalcase/alibaba.legal.case.entrust.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.entrust.get` (委托). */
export interface AlibabaLegalCaseEntrustGetRequest {
  /** 委托id */
  entrust_id: Int64Input;
}

/** Response of `alibaba.legal.case.entrust.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseEntrustGetResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalCaseEntrustGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.legal.case.entrust.get`. */
export interface AlibabaLegalCaseEntrustGetServiceResult {
  /** content */
  content?: AlibabaLegalCaseEntrustGetEntrustModel;
  /** error */
  error_code?: string;
  /** error */
  error_msg?: string;
}

/** `EntrustModel` of `alibaba.legal.case.entrust.get`. */
export interface AlibabaLegalCaseEntrustGetEntrustModel {
  /** 附件 */
  attachment_list?: AlibabaLegalCaseEntrustGetFileModel[];
  /** 案件ids */
  case_ids?: Int64[];
  /** 调解截止时间 */
  deadline?: string;
  /** 备注 */
  description?: string;
  /** 委托编号 */
  entrust_code?: string;
  /** 委托方名称 */
  entrust_party?: string;
  /** 委托人 */
  entrust_people?: string;
  /** 委托时间 */
  entrust_time?: string;
  /** 委托项 */
  entrust_types?: string[];
  /** lvms委托编号 */
  lvms_entrust_code?: string;
  /** 主要负责律师 */
  main_lawyer?: string;
  /** 策略和建议 */
  suggest?: string;
  /** 供应商编号 */
  supplier_code?: string;
  /** 供应商名称 */
  supplier_name?: string;
}

/** `FileModel` of `alibaba.legal.case.entrust.get`. */
export interface AlibabaLegalCaseEntrustGetFileModel {
  /** 文件key */
  key?: string;
  /** 文件名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  entrust_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      attachment_list: [
        {
          key: 'String',
          name: 'String',
        },
      ],
      case_ids: ['Number'],
      deadline: 'Date',
      description: 'String',
      entrust_code: 'String',
      entrust_party: 'String',
      entrust_people: 'String',
      entrust_time: 'Date',
      entrust_types: ['String'],
      lvms_entrust_code: 'String',
      main_lawyer: 'String',
      suggest: 'String',
      supplier_code: 'String',
      supplier_name: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.entrust.get`: method, response root, request and response schemas. */
export const alibabaLegalCaseEntrustGetOperation = {
  method: 'alibaba.legal.case.entrust.get',
  responseRoot: 'alibaba_legal_case_entrust_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 委托 — calls TOP method `alibaba.legal.case.entrust.get`.
 *
 * 获取委托案件的基本信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseEntrustGet(
  client: TopClient,
  request: AlibabaLegalCaseEntrustGetRequest,
  options?: CallOptions,
): Promise<AlibabaLegalCaseEntrustGetResponse> {
  return client.call<AlibabaLegalCaseEntrustGetResponse>(
    {
      method: 'alibaba.legal.case.entrust.get',
      responseRoot: 'alibaba_legal_case_entrust_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
