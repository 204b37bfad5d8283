// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.refresh.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.refresh` (刷新token). */
export interface AlibabaAilabsTmallgenieAuthRefreshRequest {
  /** refresh_token_request */
  refresh_token_request?: AlibabaAilabsTmallgenieAuthRefreshTopRefreshReqDtoInput;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.refresh`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthRefreshResponse {
  /** access token过期时间，相对时间，单位为秒 */
  access_expires_in?: Int64;
  /** access_token */
  access_token?: string;
  /** refresh token过期时间，相对时间，单位为秒 */
  refresh_expires_in?: Int64;
  /** refresh_token */
  refresh_token?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopRefreshReqDto` of `alibaba.ailabs.tmallgenie.auth.refresh`. */
export interface AlibabaAilabsTmallgenieAuthRefreshTopRefreshReqDtoInput {
  /** clientId */
  client_id?: string;
  /** 只支持“basic” */
  scope?: string;
  /** 只支持“refresh_token” */
  grant_type?: string;
  /** refreshToken */
  refresh_token?: string;
  /** 设备uuid */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  refresh_token_request: {
    client_id: 'String',
    scope: 'String',
    grant_type: 'String',
    refresh_token: 'String',
    uuid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  access_expires_in: 'Number',
  access_token: 'String',
  refresh_expires_in: 'Number',
  refresh_token: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.refresh`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthRefreshOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.refresh',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_refresh_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 刷新token — calls TOP method `alibaba.ailabs.tmallgenie.auth.refresh`.
 *
 * 通过此接口刷新天猫精灵授权token
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthRefresh(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthRefreshRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthRefreshResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthRefreshResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.refresh',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_refresh_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
