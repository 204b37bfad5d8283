// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.code.single.codereplace.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.code.single.codereplace` (非药单码替换). */
export interface AlibabaAlihealthTracecodesellerCodeSingleCodereplaceRequest {
  /** 企业id */
  ent_info_id: string;
  /** 新码 */
  new_code: string;
  /** 老码 */
  old_code: string;
}

/** Response of `alibaba.alihealth.tracecodeseller.code.single.codereplace`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerCodeSingleCodereplaceResponse {
  /** 成功 */
  model?: string;
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ent_info_id: 'String',
  new_code: 'String',
  old_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.code.single.codereplace`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerCodeSingleCodereplaceOperation = {
  method: 'alibaba.alihealth.tracecodeseller.code.single.codereplace',
  responseRoot: 'alibaba_alihealth_tracecodeseller_code_single_codereplace_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 非药单码替换 — calls TOP method `alibaba.alihealth.tracecodeseller.code.single.codereplace`.
 *
 * 提供非药追溯码单码替换功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerCodeSingleCodereplace(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerCodeSingleCodereplaceRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerCodeSingleCodereplaceResponse> {
  return client.call<AlibabaAlihealthTracecodesellerCodeSingleCodereplaceResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.code.single.codereplace',
      responseRoot: 'alibaba_alihealth_tracecodeseller_code_single_codereplace_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
