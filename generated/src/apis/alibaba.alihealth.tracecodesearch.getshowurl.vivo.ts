// Generated from specs/drugtrace/alibaba.alihealth.tracecodesearch.getshowurl.vivo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodesearch.getshowurl.vivo` (获取药品扫码落地页vivo). */
export interface AlibabaAlihealthTracecodesearchGetshowurlVivoRequest {
  /** 追溯码 */
  code: string;
  /** 来源 */
  channel?: string;
}

/** Response of `alibaba.alihealth.tracecodesearch.getshowurl.vivo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesearchGetshowurlVivoResponse {
  /** 落地页地址 */
  model?: string;
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodesearch.getshowurl.vivo`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesearchGetshowurlVivoOperation = {
  method: 'alibaba.alihealth.tracecodesearch.getshowurl.vivo',
  responseRoot: 'alibaba_alihealth_tracecodesearch_getshowurl_vivo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取药品扫码落地页vivo — calls TOP method `alibaba.alihealth.tracecodesearch.getshowurl.vivo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesearchGetshowurlVivo(
  client: TopClient,
  request: AlibabaAlihealthTracecodesearchGetshowurlVivoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesearchGetshowurlVivoResponse> {
  return client.call<AlibabaAlihealthTracecodesearchGetshowurlVivoResponse>(
    {
      method: 'alibaba.alihealth.tracecodesearch.getshowurl.vivo',
      responseRoot: 'alibaba_alihealth_tracecodesearch_getshowurl_vivo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
