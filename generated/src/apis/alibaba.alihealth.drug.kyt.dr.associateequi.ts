// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.associateequi.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.associateequi` (疫苗单据与设备绑定). */
export interface AlibabaAlihealthDrugKytDrAssociateequiRequest {
  /** 企业refentid */
  ref_ent_id: string;
  /** 单据编号，多个用逗号分隔 */
  bill_codes: string;
  /** 设备ID */
  va_equipment_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.associateequi`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrAssociateequiResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytDrAssociateequiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.associateequi`. */
export interface AlibabaAlihealthDrugKytDrAssociateequiResult {
  /** model */
  model?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  bill_codes: 'String',
  va_equipment_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.associateequi`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrAssociateequiOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.associateequi',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_associateequi_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 疫苗单据与设备绑定 — calls TOP method `alibaba.alihealth.drug.kyt.dr.associateequi`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrAssociateequi(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrAssociateequiRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrAssociateequiResponse> {
  return client.call<AlibabaAlihealthDrugKytDrAssociateequiResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.associateequi',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_associateequi_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
