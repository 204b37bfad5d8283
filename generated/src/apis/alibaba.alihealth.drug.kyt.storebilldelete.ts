// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.storebilldelete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.storebilldelete` (零售端单据删除). */
export interface AlibabaAlihealthDrugKytStorebilldeleteRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 操作人编码 */
  ic_code: string;
  /** 单据ID */
  bill_id: string;
  /** 单据类型 */
  bill_type: string;
}

/** Response of `alibaba.alihealth.drug.kyt.storebilldelete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytStorebilldeleteResponse {
  /** 结果说明 */
  model?: string;
  /** 调用信息编码 */
  msg_code?: string;
  /** 调用信息描述 */
  msg_info?: string;
  /** 返回结果 */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  ic_code: 'String',
  bill_id: 'String',
  bill_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.storebilldelete`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytStorebilldeleteOperation = {
  method: 'alibaba.alihealth.drug.kyt.storebilldelete',
  responseRoot: 'alibaba_alihealth_drug_kyt_storebilldelete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售端单据删除 — calls TOP method `alibaba.alihealth.drug.kyt.storebilldelete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytStorebilldelete(
  client: TopClient,
  request: AlibabaAlihealthDrugKytStorebilldeleteRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytStorebilldeleteResponse> {
  return client.call<AlibabaAlihealthDrugKytStorebilldeleteResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.storebilldelete',
      responseRoot: 'alibaba_alihealth_drug_kyt_storebilldelete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
