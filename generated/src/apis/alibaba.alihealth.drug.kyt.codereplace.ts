// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.codereplace.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.codereplace` (单码替换). */
export interface AlibabaAlihealthDrugKytCodereplaceRequest {
  /** 企业ref_ent_id（码申请企业） */
  ref_ent_id: string;
  /** 替换后的追溯码 */
  new_code: string;
  /** 被替换的追溯码 */
  old_code: string;
}

/** Response of `alibaba.alihealth.drug.kyt.codereplace`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytCodereplaceResponse {
  /** 返回列表 */
  model?: string;
  /** 返回编码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 调用是否成功(true 成功 false 失败) */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  new_code: 'String',
  old_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.codereplace`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytCodereplaceOperation = {
  method: 'alibaba.alihealth.drug.kyt.codereplace',
  responseRoot: 'alibaba_alihealth_drug_kyt_codereplace_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单码替换 — calls TOP method `alibaba.alihealth.drug.kyt.codereplace`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytCodereplace(
  client: TopClient,
  request: AlibabaAlihealthDrugKytCodereplaceRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytCodereplaceResponse> {
  return client.call<AlibabaAlihealthDrugKytCodereplaceResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.codereplace',
      responseRoot: 'alibaba_alihealth_drug_kyt_codereplace_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
