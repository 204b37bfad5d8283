// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.code.relation.codeantiactive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.code.relation.codeantiactive` (解除码的关联关系). */
export interface AlibabaAlihealthTracecodesellerCodeRelationCodeantiactiveRequest {
  /** 顶层码 */
  top_code: string;
  /** 淘宝名 */
  tb_user_id: string;
  /** 企业id */
  ent_info_id: Int64Input;
}

/** Response of `alibaba.alihealth.tracecodeseller.code.relation.codeantiactive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerCodeRelationCodeantiactiveResponse {
  /** 成功失败标记 */
  model?: boolean;
  /** 成功失败信息编码 */
  msg_code?: string;
  /** 成功失败信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  top_code: 'String',
  tb_user_id: 'String',
  ent_info_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.code.relation.codeantiactive`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerCodeRelationCodeantiactiveOperation = {
  method: 'alibaba.alihealth.tracecodeseller.code.relation.codeantiactive',
  responseRoot: 'alibaba_alihealth_tracecodeseller_code_relation_codeantiactive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 解除码的关联关系 — calls TOP method `alibaba.alihealth.tracecodeseller.code.relation.codeantiactive`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerCodeRelationCodeantiactive(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerCodeRelationCodeantiactiveRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerCodeRelationCodeantiactiveResponse> {
  return client.call<AlibabaAlihealthTracecodesellerCodeRelationCodeantiactiveResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.code.relation.codeantiactive',
      responseRoot: 'alibaba_alihealth_tracecodeseller_code_relation_codeantiactive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
