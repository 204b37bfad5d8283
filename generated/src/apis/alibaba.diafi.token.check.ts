// Generated from specs/security/alibaba.diafi.token.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.diafi.token.check` (天朗token校验API). */
export interface AlibabaDiafiTokenCheckRequest {
  /** token */
  token?: string;
  /** 对应配置 */
  app?: string;
}

/** Response of `alibaba.diafi.token.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDiafiTokenCheckResponse {
  /** 结果集 */
  result?: AlibabaDiafiTokenCheckDiAfiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DiAfiResult` of `alibaba.diafi.token.check`. */
export interface AlibabaDiafiTokenCheckDiAfiResult {
  /** code */
  code?: string;
  /** 用户参数 */
  data?: string | Record<string, unknown>;
  /** 信息 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
  app: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Json',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.diafi.token.check`: method, response root, request and response schemas. */
export const alibabaDiafiTokenCheckOperation = {
  method: 'alibaba.diafi.token.check',
  responseRoot: 'alibaba_diafi_token_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天朗token校验API — calls TOP method `alibaba.diafi.token.check`.
 *
 * 天朗token校验
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDiafiTokenCheck(
  client: TopClient,
  request: AlibabaDiafiTokenCheckRequest = {},
  options?: CallOptions,
): Promise<AlibabaDiafiTokenCheckResponse> {
  return client.call<AlibabaDiafiTokenCheckResponse>(
    {
      method: 'alibaba.diafi.token.check',
      responseRoot: 'alibaba_diafi_token_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
