// Generated from specs/alimember/alibaba.member.checkmerchant.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.checkmerchant` (校验商家身份). */
export interface AlibabaMemberCheckmerchantRequest {
  /** 混淆后的商家id */
  open_merchant_id: string;
}

/** Response of `alibaba.member.checkmerchant`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberCheckmerchantResponse {
  /** message */
  return_message?: string;
  /** code */
  return_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  open_merchant_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_message: 'String',
  return_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.checkmerchant`: method, response root, request and response schemas. */
export const alibabaMemberCheckmerchantOperation = {
  method: 'alibaba.member.checkmerchant',
  responseRoot: 'alibaba_member_checkmerchant_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验商家身份 — calls TOP method `alibaba.member.checkmerchant`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberCheckmerchant(
  client: TopClient,
  request: AlibabaMemberCheckmerchantRequest,
  options?: CallOptions,
): Promise<AlibabaMemberCheckmerchantResponse> {
  return client.call<AlibabaMemberCheckmerchantResponse>(
    {
      method: 'alibaba.member.checkmerchant',
      responseRoot: 'alibaba_member_checkmerchant_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
