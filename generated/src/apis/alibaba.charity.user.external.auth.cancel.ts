// Generated from specs/charity/alibaba.charity.user.external.auth.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.charity.user.external.auth.cancel` (取消外部授权). */
export interface AlibabaCharityUserExternalAuthCancelRequest {
  /** 授权范围 */
  scope_id: Int64Input;
  /** 用户ID */
  user_key: string;
  /** 用户类型 */
  user_type: string;
}

/** Response of `alibaba.charity.user.external.auth.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCharityUserExternalAuthCancelResponse {
  /** 结果 */
  result?: AlibabaCharityUserExternalAuthCancelThreehoursResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThreehoursResult` of `alibaba.charity.user.external.auth.cancel`. */
export interface AlibabaCharityUserExternalAuthCancelThreehoursResult {
  /** 结果码 */
  code?: string;
  /** 是否失败 */
  fail?: string;
  /** 信息 */
  msg?: string;
  /** 是否成功 */
  success?: string;
}

const REQUEST_SCHEMA = {
  scope_id: 'Number',
  user_key: 'String',
  user_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    fail: 'String',
    msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.charity.user.external.auth.cancel`: method, response root, request and response schemas. */
export const alibabaCharityUserExternalAuthCancelOperation = {
  method: 'alibaba.charity.user.external.auth.cancel',
  responseRoot: 'alibaba_charity_user_external_auth_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消外部授权 — calls TOP method `alibaba.charity.user.external.auth.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCharityUserExternalAuthCancel(
  client: TopClient,
  request: AlibabaCharityUserExternalAuthCancelRequest,
  options?: CallOptions,
): Promise<AlibabaCharityUserExternalAuthCancelResponse> {
  return client.call<AlibabaCharityUserExternalAuthCancelResponse>(
    {
      method: 'alibaba.charity.user.external.auth.cancel',
      responseRoot: 'alibaba_charity_user_external_auth_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
