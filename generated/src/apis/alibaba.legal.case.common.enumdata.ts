// Generated from specs/legalcase/alibaba.legal.case.common.enumdata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.common.enumdata` (获取通用枚举值接口). */
export interface AlibabaLegalCaseCommonEnumdataRequest {
  /** bu */
  key: string;
  /** 语言 */
  lang?: string;
}

/** Response of `alibaba.legal.case.common.enumdata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseCommonEnumdataResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalCaseCommonEnumdataServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.legal.case.common.enumdata`. */
export interface AlibabaLegalCaseCommonEnumdataServiceResult {
  /** success */
  success?: boolean;
  /** errorcode */
  error_code?: string;
  /** 内容 */
  contents?: AlibabaLegalCaseCommonEnumdataContent[];
  /** errormasg */
  error_msg?: string;
}

/** `Content` of `alibaba.legal.case.common.enumdata`. */
export interface AlibabaLegalCaseCommonEnumdataContent {
  /** code值 */
  value?: string;
  /** 文本值 */
  text?: string;
  /** 二级值集 */
  children?: AlibabaLegalCaseCommonEnumdataChildren[];
}

/** `Children` of `alibaba.legal.case.common.enumdata`. */
export interface AlibabaLegalCaseCommonEnumdataChildren {
  /** 文本值 */
  text?: string;
  /** code值 */
  value?: string;
}

const REQUEST_SCHEMA = {
  key: 'String',
  lang: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    contents: [
      {
        value: 'String',
        text: 'String',
        children: [
          {
            text: 'String',
            value: 'String',
          },
        ],
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.common.enumdata`: method, response root, request and response schemas. */
export const alibabaLegalCaseCommonEnumdataOperation = {
  method: 'alibaba.legal.case.common.enumdata',
  responseRoot: 'alibaba_legal_case_common_enumdata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取通用枚举值接口 — calls TOP method `alibaba.legal.case.common.enumdata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseCommonEnumdata(
  client: TopClient,
  request: AlibabaLegalCaseCommonEnumdataRequest,
  options?: CallOptions,
): Promise<AlibabaLegalCaseCommonEnumdataResponse> {
  return client.call<AlibabaLegalCaseCommonEnumdataResponse>(
    {
      method: 'alibaba.legal.case.common.enumdata',
      responseRoot: 'alibaba_legal_case_common_enumdata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
