// Generated from specs/baichuan/taobao.baichuan.openaccount.logindoublecheck.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.openaccount.logindoublecheck` (百川登录二次验证). */
export interface TaobaoBaichuanOpenaccountLogindoublecheckRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.openaccount.logindoublecheck`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanOpenaccountLogindoublecheckResponse {
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

/** Static description of `taobao.baichuan.openaccount.logindoublecheck`: method, response root, request and response schemas. */
export const taobaoBaichuanOpenaccountLogindoublecheckOperation = {
  method: 'taobao.baichuan.openaccount.logindoublecheck',
  responseRoot: 'baichuan_openaccount_logindoublecheck_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川登录二次验证 — calls TOP method `taobao.baichuan.openaccount.logindoublecheck`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanOpenaccountLogindoublecheck(
  client: TopClient,
  request: TaobaoBaichuanOpenaccountLogindoublecheckRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanOpenaccountLogindoublecheckResponse> {
  return client.call<TaobaoBaichuanOpenaccountLogindoublecheckResponse>(
    {
      method: 'taobao.baichuan.openaccount.logindoublecheck',
      responseRoot: 'baichuan_openaccount_logindoublecheck_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
