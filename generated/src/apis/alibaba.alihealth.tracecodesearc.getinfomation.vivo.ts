// Generated from specs/drugtrace/alibaba.alihealth.tracecodesearc.getinfomation.vivo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodesearc.getinfomation.vivo` (获取vivo banner). */
export interface AlibabaAlihealthTracecodesearcGetinfomationVivoRequest {
  /** 渠道 */
  channel: string;
}

/** Response of `alibaba.alihealth.tracecodesearc.getinfomation.vivo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesearcGetinfomationVivoResponse {
  /** bannerURL */
  model?: string;
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodesearc.getinfomation.vivo`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesearcGetinfomationVivoOperation = {
  method: 'alibaba.alihealth.tracecodesearc.getinfomation.vivo',
  responseRoot: 'alibaba_alihealth_tracecodesearc_getinfomation_vivo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取vivo banner — calls TOP method `alibaba.alihealth.tracecodesearc.getinfomation.vivo`.
 *
 * 获取vivo banner url
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesearcGetinfomationVivo(
  client: TopClient,
  request: AlibabaAlihealthTracecodesearcGetinfomationVivoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesearcGetinfomationVivoResponse> {
  return client.call<AlibabaAlihealthTracecodesearcGetinfomationVivoResponse>(
    {
      method: 'alibaba.alihealth.tracecodesearc.getinfomation.vivo',
      responseRoot: 'alibaba_alihealth_tracecodesearc_getinfomation_vivo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
