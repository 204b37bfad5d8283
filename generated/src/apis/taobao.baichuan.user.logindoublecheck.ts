// Generated from specs/baichuan/taobao.baichuan.user.logindoublecheck.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.user.logindoublecheck` (百川H5登录二次验证). */
export interface TaobaoBaichuanUserLogindoublecheckRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.user.logindoublecheck`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanUserLogindoublecheckResponse {
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

/** Static description of `taobao.baichuan.user.logindoublecheck`: method, response root, request and response schemas. */
export const taobaoBaichuanUserLogindoublecheckOperation = {
  method: 'taobao.baichuan.user.logindoublecheck',
  responseRoot: 'baichuan_user_logindoublecheck_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川H5登录二次验证 — calls TOP method `taobao.baichuan.user.logindoublecheck`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanUserLogindoublecheck(
  client: TopClient,
  request: TaobaoBaichuanUserLogindoublecheckRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanUserLogindoublecheckResponse> {
  return client.call<TaobaoBaichuanUserLogindoublecheckResponse>(
    {
      method: 'taobao.baichuan.user.logindoublecheck',
      responseRoot: 'baichuan_user_logindoublecheck_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
