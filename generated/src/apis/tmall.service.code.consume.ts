// Generated from specs/tmallservice/tmall.service.code.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.service.code.consume` (天猫服务平台服务核销). */
export interface TmallServiceCodeConsumeRequest {
  /** 核销帐号 */
  operator_nick: string;
  /** 核销码 */
  consume_code: string;
  /** 门店id */
  shop_id: string;
}

/** Response of `tmall.service.code.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServiceCodeConsumeResponse {
  /** 服务工单ID */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  operator_nick: 'String',
  consume_code: 'String',
  shop_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `tmall.service.code.consume`: method, response root, request and response schemas. */
export const tmallServiceCodeConsumeOperation = {
  method: 'tmall.service.code.consume',
  responseRoot: 'tmall_service_code_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务平台服务核销 — calls TOP method `tmall.service.code.consume`.
 *
 * 天猫服务平台－服务核销
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServiceCodeConsume(
  client: TopClient,
  request: TmallServiceCodeConsumeRequest,
  options?: CallOptions,
): Promise<TmallServiceCodeConsumeResponse> {
  return client.call<TmallServiceCodeConsumeResponse>(
    {
      method: 'tmall.service.code.consume',
      responseRoot: 'tmall_service_code_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
