// Generated from specs/tmallhk/tmall.traceplatform.ccic.tracecode.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.traceplatform.ccic.tracecode.check` (ccic校验溯源码). */
export interface TmallTraceplatformCcicTracecodeCheckRequest {
  /** 15为溯源短码，必选 */
  short_tracecode: string;
  /** 6位暗码，必选 */
  hide_code: string;
}

/** Response of `tmall.traceplatform.ccic.tracecode.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraceplatformCcicTracecodeCheckResponse {
  /** result */
  result?: TmallTraceplatformCcicTracecodeCheckDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `tmall.traceplatform.ccic.tracecode.check`. */
export interface TmallTraceplatformCcicTracecodeCheckDataResult {
  /** obj */
  obj?: TmallTraceplatformCcicTracecodeCheckCCICCheckCodeDO;
  /** code */
  code?: string;
  /** msg */
  msg?: string;
  /** success */
  success?: boolean;
}

/** `CCICCheckCodeDO` of `tmall.traceplatform.ccic.tracecode.check`. */
export interface TmallTraceplatformCcicTracecodeCheckCCICCheckCodeDO {
  /** enterable */
  enterable?: boolean;
  /** enterUrl */
  enter_url?: string;
}

const REQUEST_SCHEMA = {
  short_tracecode: 'String',
  hide_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    obj: {
      enterable: 'Boolean',
      enter_url: 'String',
    },
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.traceplatform.ccic.tracecode.check`: method, response root, request and response schemas. */
export const tmallTraceplatformCcicTracecodeCheckOperation = {
  method: 'tmall.traceplatform.ccic.tracecode.check',
  responseRoot: 'tmall_traceplatform_ccic_tracecode_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ccic校验溯源码 — calls TOP method `tmall.traceplatform.ccic.tracecode.check`.
 *
 * 天猫国际溯源业务，需要将溯源码校验的功能输出到ccic官方主页中以增强溯源码的可信度，故需要提供api给ccic使用以校验溯源码的正确性。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraceplatformCcicTracecodeCheck(
  client: TopClient,
  request: TmallTraceplatformCcicTracecodeCheckRequest,
  options?: CallOptions,
): Promise<TmallTraceplatformCcicTracecodeCheckResponse> {
  return client.call<TmallTraceplatformCcicTracecodeCheckResponse>(
    {
      method: 'tmall.traceplatform.ccic.tracecode.check',
      responseRoot: 'tmall_traceplatform_ccic_tracecode_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
