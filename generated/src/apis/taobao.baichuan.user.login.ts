// Generated from specs/baichuan/taobao.baichuan.user.login.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.user.login` (百川H5登录). */
export interface TaobaoBaichuanUserLoginRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.user.login`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanUserLoginResponse {
  /** name */
  name?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.baichuan.user.login`: method, response root, request and response schemas. */
export const taobaoBaichuanUserLoginOperation = {
  method: 'taobao.baichuan.user.login',
  responseRoot: 'baichuan_user_login_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川H5登录 — calls TOP method `taobao.baichuan.user.login`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanUserLogin(
  client: TopClient,
  request: TaobaoBaichuanUserLoginRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanUserLoginResponse> {
  return client.call<TaobaoBaichuanUserLoginResponse>(
    {
      method: 'taobao.baichuan.user.login',
      responseRoot: 'baichuan_user_login_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
