// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.destbill.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.destbill.check` (直调审批). */
export interface AlibabaAlihealthDrugKytDestbillCheckRequest {
  /** 企业ID */
  ref_ent_id?: string;
  /** 单据号 */
  bill_code?: string;
  /** 审核状态，'Y'审批通过 'N' 审批不通过 */
  check_type?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.destbill.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDestbillCheckResponse {
  /** 是否成功 */
  response_success?: boolean;
  /** 执行结果 */
  model?: boolean;
  /** 返回结果描述 */
  msg_info?: string;
  /** 返回结果标识 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  bill_code: 'String',
  check_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_success: 'Boolean',
  model: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.destbill.check`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDestbillCheckOperation = {
  method: 'alibaba.alihealth.drug.kyt.destbill.check',
  responseRoot: 'alibaba_alihealth_drug_kyt_destbill_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 直调审批 — calls TOP method `alibaba.alihealth.drug.kyt.destbill.check`.
 *
 * 为药企提供直调单据审批操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDestbillCheck(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDestbillCheckRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDestbillCheckResponse> {
  return client.call<AlibabaAlihealthDrugKytDestbillCheckResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.destbill.check',
      responseRoot: 'alibaba_alihealth_drug_kyt_destbill_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
