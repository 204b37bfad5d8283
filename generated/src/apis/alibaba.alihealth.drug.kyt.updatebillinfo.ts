// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.updatebillinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.updatebillinfo` (零售端平台单据更新). */
export interface AlibabaAlihealthDrugKytUpdatebillinfoRequest {
  /** 企业ID */
  ref_ent_id?: string;
  /** 企业ID */
  ent_id?: string;
  /** 操作人编码 */
  ic_code?: string;
  /** 单据ID */
  bill_id?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 单据编码 */
  bill_code?: string;
  /** 发货单位ID */
  partner_id_send?: string;
  /** 收货单信ID */
  partner_id_recv?: string;
  /** 详情 */
  note?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.updatebillinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUpdatebillinfoResponse {
  /** 返回结果 */
  model?: string;
  /** 返回编码 */
  msg_code?: string;
  /** 返回描述 */
  msg_info?: string;
  /** 返回是否成功 */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  ent_id: 'String',
  ic_code: 'String',
  bill_id: 'String',
  bill_type: 'String',
  bill_code: 'String',
  partner_id_send: 'String',
  partner_id_recv: 'String',
  note: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.updatebillinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUpdatebillinfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.updatebillinfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_updatebillinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售端平台单据更新 — calls TOP method `alibaba.alihealth.drug.kyt.updatebillinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUpdatebillinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUpdatebillinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUpdatebillinfoResponse> {
  return client.call<AlibabaAlihealthDrugKytUpdatebillinfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.updatebillinfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_updatebillinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
