// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.updatebillcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.updatebillcode` (零售修改出入库单追溯码). */
export interface AlibabaAlihealthDrugKytUpdatebillcodeRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 操作人ID */
  ic_code: string;
  /** 单据ID */
  bill_id: string;
  /** 单据类型 */
  bill_type: string;
  /**
   * 追溯码
   *
   * Max list size: 20
   */
  code_list: string[];
}

/** Response of `alibaba.alihealth.drug.kyt.updatebillcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUpdatebillcodeResponse {
  /** 返回值 */
  model?: string;
  /** 返回编码 */
  msg_code?: string;
  /** 返回描述 */
  msg_info?: string;
  /** 返回接口 */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  ic_code: 'String',
  bill_id: 'String',
  bill_type: 'String',
  code_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.updatebillcode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUpdatebillcodeOperation = {
  method: 'alibaba.alihealth.drug.kyt.updatebillcode',
  responseRoot: 'alibaba_alihealth_drug_kyt_updatebillcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售修改出入库单追溯码 — calls TOP method `alibaba.alihealth.drug.kyt.updatebillcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUpdatebillcode(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUpdatebillcodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUpdatebillcodeResponse> {
  return client.call<AlibabaAlihealthDrugKytUpdatebillcodeResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.updatebillcode',
      responseRoot: 'alibaba_alihealth_drug_kyt_updatebillcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
