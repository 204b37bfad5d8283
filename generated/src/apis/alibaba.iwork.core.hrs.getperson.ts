// Generated from specs/campus/alibaba.iwork.core.hrs.getperson.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.iwork.core.hrs.getperson` (获取神鲸用户基本信息). */
export interface AlibabaIworkCoreHrsGetpersonRequest {
  /** 用户ACCOUNT_ID */
  account_id?: string;
  /** 用户ID */
  person_id?: Int64Input;
  /** 应用ID */
  app_id?: string;
  /** 操作人ID */
  operator_id?: string;
}

/** Response of `alibaba.iwork.core.hrs.getperson`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIworkCoreHrsGetpersonResponse {
  /** result */
  result?: AlibabaIworkCoreHrsGetpersonPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PojoResult` of `alibaba.iwork.core.hrs.getperson`. */
export interface AlibabaIworkCoreHrsGetpersonPojoResult {
  /** content */
  content?: string;
  /** requestId */
  request_id?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorLevel */
  error_level?: string;
}

const REQUEST_SCHEMA = {
  account_id: 'String',
  person_id: 'Number',
  app_id: 'String',
  operator_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'String',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.iwork.core.hrs.getperson`: method, response root, request and response schemas. */
export const alibabaIworkCoreHrsGetpersonOperation = {
  method: 'alibaba.iwork.core.hrs.getperson',
  responseRoot: 'alibaba_iwork_core_hrs_getperson_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取神鲸用户基本信息 — calls TOP method `alibaba.iwork.core.hrs.getperson`.
 *
 * 神鲸用户的基本信息查询，根据PERSON_ID或者用户ACCOUNT_ID查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIworkCoreHrsGetperson(
  client: TopClient,
  request: AlibabaIworkCoreHrsGetpersonRequest = {},
  options?: CallOptions,
): Promise<AlibabaIworkCoreHrsGetpersonResponse> {
  return client.call<AlibabaIworkCoreHrsGetpersonResponse>(
    {
      method: 'alibaba.iwork.core.hrs.getperson',
      responseRoot: 'alibaba_iwork_core_hrs_getperson_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
