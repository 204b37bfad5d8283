// Generated from specs/charity/alibaba.charity.charitytime.user.querythirduserhasauth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.charity.charitytime.user.querythirduserhasauth` (查询是否绑定3小时账号). */
export interface AlibabaCharityCharitytimeUserQuerythirduserhasauthRequest {
  /** 参数对象 */
  query_third_user_has_auth_hsf_request: AlibabaCharityCharitytimeUserQuerythirduserhasauthQueryThirdUserHasAuthHsfRequestInput;
}

/** Response of `alibaba.charity.charitytime.user.querythirduserhasauth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCharityCharitytimeUserQuerythirduserhasauthResponse {
  /** 结果 */
  result?: AlibabaCharityCharitytimeUserQuerythirduserhasauthCsrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryThirdUserHasAuthHsfRequest` of `alibaba.charity.charitytime.user.querythirduserhasauth`. */
export interface AlibabaCharityCharitytimeUserQuerythirduserhasauthQueryThirdUserHasAuthHsfRequestInput {
  /** appkey */
  app_key: string;
  /** 用户唯一标识 */
  user_key: string;
}

/** `CsrResult` of `alibaba.charity.charitytime.user.querythirduserhasauth`. */
export interface AlibabaCharityCharitytimeUserQuerythirduserhasauthCsrResult {
  /** 响应信息 */
  msg?: string;
  /** 响应值 */
  code?: Int64;
  /** true:已绑定 false:未绑定 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  query_third_user_has_auth_hsf_request: {
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

/** Static description of `alibaba.charity.charitytime.user.querythirduserhasauth`: method, response root, request and response schemas. */
export const alibabaCharityCharitytimeUserQuerythirduserhasauthOperation = {
  method: 'alibaba.charity.charitytime.user.querythirduserhasauth',
  responseRoot: 'alibaba_charity_charitytime_user_querythirduserhasauth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询是否绑定3小时账号 — calls TOP method `alibaba.charity.charitytime.user.querythirduserhasauth`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCharityCharitytimeUserQuerythirduserhasauth(
  client: TopClient,
  request: AlibabaCharityCharitytimeUserQuerythirduserhasauthRequest,
  options?: CallOptions,
): Promise<AlibabaCharityCharitytimeUserQuerythirduserhasauthResponse> {
  return client.call<AlibabaCharityCharitytimeUserQuerythirduserhasauthResponse>(
    {
      method: 'alibaba.charity.charitytime.user.querythirduserhasauth',
      responseRoot: 'alibaba_charity_charitytime_user_querythirduserhasauth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
