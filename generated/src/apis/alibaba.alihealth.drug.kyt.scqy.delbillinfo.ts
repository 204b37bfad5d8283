// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.scqy.delbillinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.scqy.delbillinfo` (根据单据号删除单据). */
export interface AlibabaAlihealthDrugKytScqyDelbillinfoRequest {
  /** 企业唯一标识 */
  ref_ent_id: string;
  /** 单据号 */
  bill_code: string;
  /** 删除原因 */
  delete_reason: string;
  /** 删除人手机号 */
  mobile_phone: string;
  /** 当单据是代理企业上传的，需要填写代理企业的refEntId */
  owner_ref_user_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.scqy.delbillinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytScqyDelbillinfoResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugKytScqyDelbillinfoResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.scqy.delbillinfo`. */
export interface AlibabaAlihealthDrugKytScqyDelbillinfoResultModel {
  /** 内层对象 */
  models?: string;
  /** 状态码 */
  msg_code?: string;
  /** 状态值 */
  msg_info?: string;
  /** 响应结果 */
  response_success?: boolean;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  bill_code: 'String',
  delete_reason: 'String',
  mobile_phone: 'String',
  owner_ref_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: 'String',
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.scqy.delbillinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytScqyDelbillinfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.scqy.delbillinfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_scqy_delbillinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据单据号删除单据 — calls TOP method `alibaba.alihealth.drug.kyt.scqy.delbillinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytScqyDelbillinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytScqyDelbillinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytScqyDelbillinfoResponse> {
  return client.call<AlibabaAlihealthDrugKytScqyDelbillinfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.scqy.delbillinfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_scqy_delbillinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
