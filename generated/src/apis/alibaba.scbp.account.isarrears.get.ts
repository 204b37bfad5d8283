// Generated from specs/scbp/alibaba.scbp.account.isarrears.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.account.isarrears.get` (查询关键词推广账户是否欠款). */
export interface AlibabaScbpAccountIsarrearsGetRequest {}

/** Response of `alibaba.scbp.account.isarrears.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAccountIsarrearsGetResponse {
  /** 客户的关键词推广账户是否欠款 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.account.isarrears.get`: method, response root, request and response schemas. */
export const alibabaScbpAccountIsarrearsGetOperation = {
  method: 'alibaba.scbp.account.isarrears.get',
  responseRoot: 'alibaba_scbp_account_isarrears_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询关键词推广账户是否欠款 — calls TOP method `alibaba.scbp.account.isarrears.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAccountIsarrearsGet(
  client: TopClient,
  request: AlibabaScbpAccountIsarrearsGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpAccountIsarrearsGetResponse> {
  return client.call<AlibabaScbpAccountIsarrearsGetResponse>(
    {
      method: 'alibaba.scbp.account.isarrears.get',
      responseRoot: 'alibaba_scbp_account_isarrears_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
