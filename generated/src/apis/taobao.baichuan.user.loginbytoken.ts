// Generated from specs/baichuan/taobao.baichuan.user.loginbytoken.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.user.loginbytoken` (百川手淘信任登录). */
export interface TaobaoBaichuanUserLoginbytokenRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.user.loginbytoken`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanUserLoginbytokenResponse {
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

/** Static description of `taobao.baichuan.user.loginbytoken`: method, response root, request and response schemas. */
export const taobaoBaichuanUserLoginbytokenOperation = {
  method: 'taobao.baichuan.user.loginbytoken',
  responseRoot: 'baichuan_user_loginbytoken_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川手淘信任登录 — calls TOP method `taobao.baichuan.user.loginbytoken`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanUserLoginbytoken(
  client: TopClient,
  request: TaobaoBaichuanUserLoginbytokenRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanUserLoginbytokenResponse> {
  return client.call<TaobaoBaichuanUserLoginbytokenResponse>(
    {
      method: 'taobao.baichuan.user.loginbytoken',
      responseRoot: 'baichuan_user_loginbytoken_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
