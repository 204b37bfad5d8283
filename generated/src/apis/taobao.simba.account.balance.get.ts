// Generated from specs/simba/taobao.simba.account.balance.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.account.balance.get` (获取实时余额，”元”为单位). */
export interface TaobaoSimbaAccountBalanceGetRequest {
  /** 主人昵称 */
  nick?: string;
}

/** Response of `taobao.simba.account.balance.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAccountBalanceGetResponse {
  /** 实时余额，”元”为单位 */
  balance?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  balance: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.account.balance.get`: method, response root, request and response schemas. */
export const taobaoSimbaAccountBalanceGetOperation = {
  method: 'taobao.simba.account.balance.get',
  responseRoot: 'simba_account_balance_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取实时余额，”元”为单位 — calls TOP method `taobao.simba.account.balance.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAccountBalanceGet(
  client: TopClient,
  request: TaobaoSimbaAccountBalanceGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaAccountBalanceGetResponse> {
  return client.call<TaobaoSimbaAccountBalanceGetResponse>(
    {
      method: 'taobao.simba.account.balance.get',
      responseRoot: 'simba_account_balance_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
