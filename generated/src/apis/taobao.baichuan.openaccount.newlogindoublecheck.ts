// Generated from specs/baichuan/taobao.baichuan.openaccount.newlogindoublecheck.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.openaccount.newlogindoublecheck` (百川新登录二次验证). */
export interface TaobaoBaichuanOpenaccountNewlogindoublecheckRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.openaccount.newlogindoublecheck`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanOpenaccountNewlogindoublecheckResponse {
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

/** Static description of `taobao.baichuan.openaccount.newlogindoublecheck`: method, response root, request and response schemas. */
export const taobaoBaichuanOpenaccountNewlogindoublecheckOperation = {
  method: 'taobao.baichuan.openaccount.newlogindoublecheck',
  responseRoot: 'baichuan_openaccount_newlogindoublecheck_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川新登录二次验证 — calls TOP method `taobao.baichuan.openaccount.newlogindoublecheck`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanOpenaccountNewlogindoublecheck(
  client: TopClient,
  request: TaobaoBaichuanOpenaccountNewlogindoublecheckRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanOpenaccountNewlogindoublecheckResponse> {
  return client.call<TaobaoBaichuanOpenaccountNewlogindoublecheckResponse>(
    {
      method: 'taobao.baichuan.openaccount.newlogindoublecheck',
      responseRoot: 'baichuan_openaccount_newlogindoublecheck_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
