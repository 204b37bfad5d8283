// Generated from specs/charity/alibaba.charity.charitytime.user.cancelauth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.charity.charitytime.user.cancelauth` (取消用户授权). */
export interface AlibabaCharityCharitytimeUserCancelauthRequest {
  /** 参数对象 */
  cancel_auth_hsf_request: AlibabaCharityCharitytimeUserCancelauthCancelAuthHsfRequestInput;
}

/** Response of `alibaba.charity.charitytime.user.cancelauth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCharityCharitytimeUserCancelauthResponse {
  /** 结果 */
  result?: AlibabaCharityCharitytimeUserCancelauthCsrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CancelAuthHsfRequest` of `alibaba.charity.charitytime.user.cancelauth`. */
export interface AlibabaCharityCharitytimeUserCancelauthCancelAuthHsfRequestInput {
  /** appkey */
  app_key: string;
  /** 用户唯一标识 */
  user_key: string;
}

/** `CsrResult` of `alibaba.charity.charitytime.user.cancelauth`. */
export interface AlibabaCharityCharitytimeUserCancelauthCsrResult {
  /** 响应信息 */
  msg?: string;
  /** 响应值 非200表示接口请求有误 */
  code?: Int64;
  /** true:成功 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  cancel_auth_hsf_request: {
    app_key: 'String',
    user_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'Number',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.charity.charitytime.user.cancelauth`: method, response root, request and response schemas. */
export const alibabaCharityCharitytimeUserCancelauthOperation = {
  method: 'alibaba.charity.charitytime.user.cancelauth',
  responseRoot: 'alibaba_charity_charitytime_user_cancelauth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消用户授权 — calls TOP method `alibaba.charity.charitytime.user.cancelauth`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCharityCharitytimeUserCancelauth(
  client: TopClient,
  request: AlibabaCharityCharitytimeUserCancelauthRequest,
  options?: CallOptions,
): Promise<AlibabaCharityCharitytimeUserCancelauthResponse> {
  return client.call<AlibabaCharityCharitytimeUserCancelauthResponse>(
    {
      method: 'alibaba.charity.charitytime.user.cancelauth',
      responseRoot: 'alibaba_charity_charitytime_user_cancelauth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
