// Generated from specs/mtopopen/taobao.oauth.code.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.oauth.code.create` (淘宝OauthCode颁发). */
export interface TaobaoOauthCodeCreateRequest {
  /** mock param */
  test?: Int64Input;
}

/** Response of `taobao.oauth.code.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOauthCodeCreateResponse {
  /** mock out params */
  test?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  test: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  test: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.oauth.code.create`: method, response root, request and response schemas. */
export const taobaoOauthCodeCreateOperation = {
  method: 'taobao.oauth.code.create',
  responseRoot: 'oauth_code_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝OauthCode颁发 — calls TOP method `taobao.oauth.code.create`.
 *
 * 手淘无线开放的oauthCode颁发接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOauthCodeCreate(
  client: TopClient,
  request: TaobaoOauthCodeCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoOauthCodeCreateResponse> {
  return client.call<TaobaoOauthCodeCreateResponse>(
    {
      method: 'taobao.oauth.code.create',
      responseRoot: 'oauth_code_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
