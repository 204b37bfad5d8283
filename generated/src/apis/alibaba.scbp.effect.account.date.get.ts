// Generated from specs/scbp/alibaba.scbp.effect.account.date.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.effect.account.date.get` (获取最近报表生成时间). */
export interface AlibabaScbpEffectAccountDateGetRequest {}

/** Response of `alibaba.scbp.effect.account.date.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpEffectAccountDateGetResponse {
  /** 最近生成报表的时间(US) */
  report_date?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  report_date: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.effect.account.date.get`: method, response root, request and response schemas. */
export const alibabaScbpEffectAccountDateGetOperation = {
  method: 'alibaba.scbp.effect.account.date.get',
  responseRoot: 'alibaba_scbp_effect_account_date_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取最近报表生成时间 — calls TOP method `alibaba.scbp.effect.account.date.get`.
 *
 * 获取最近报表生成时间,格式为yyyy-MM-dd
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpEffectAccountDateGet(
  client: TopClient,
  request: AlibabaScbpEffectAccountDateGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpEffectAccountDateGetResponse> {
  return client.call<AlibabaScbpEffectAccountDateGetResponse>(
    {
      method: 'alibaba.scbp.effect.account.date.get',
      responseRoot: 'alibaba_scbp_effect_account_date_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
