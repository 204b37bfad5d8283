// Generated from specs/servicecenter/tmall.msf.verify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.msf.verify` (喵师傅核销接口). */
export interface TmallMsfVerifyRequest {
  /** 111 */
  shop_id?: string;
  /** 111 */
  biz_type?: string;
  /** 111 */
  code?: string;
}

/** Response of `tmall.msf.verify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMsfVerifyResponse {
  /** result */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  shop_id: 'String',
  biz_type: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `tmall.msf.verify`: method, response root, request and response schemas. */
export const tmallMsfVerifyOperation = {
  method: 'tmall.msf.verify',
  responseRoot: 'tmall_msf_verify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵师傅核销接口 — calls TOP method `tmall.msf.verify`.
 *
 * msf服务核销的top接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMsfVerify(
  client: TopClient,
  request: TmallMsfVerifyRequest = {},
  options?: CallOptions,
): Promise<TmallMsfVerifyResponse> {
  return client.call<TmallMsfVerifyResponse>(
    {
      method: 'tmall.msf.verify',
      responseRoot: 'tmall_msf_verify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
