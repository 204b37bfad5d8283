// Generated from specs/scbp/alibaba.scbp.ad.account.balance.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.account.balance.get` (查询账户余额). */
export interface AlibabaScbpAdAccountBalanceGetRequest {}

/** Response of `alibaba.scbp.ad.account.balance.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdAccountBalanceGetResponse {
  /** result */
  balance?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  balance: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.account.balance.get`: method, response root, request and response schemas. */
export const alibabaScbpAdAccountBalanceGetOperation = {
  method: 'alibaba.scbp.ad.account.balance.get',
  responseRoot: 'alibaba_scbp_ad_account_balance_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询账户余额 — calls TOP method `alibaba.scbp.ad.account.balance.get`.
 *
 * 查询推广账户余额
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdAccountBalanceGet(
  client: TopClient,
  request: AlibabaScbpAdAccountBalanceGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpAdAccountBalanceGetResponse> {
  return client.call<AlibabaScbpAdAccountBalanceGetResponse>(
    {
      method: 'alibaba.scbp.ad.account.balance.get',
      responseRoot: 'alibaba_scbp_ad_account_balance_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
