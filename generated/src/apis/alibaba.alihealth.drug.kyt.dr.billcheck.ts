// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.billcheck.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.billcheck` (疫苗追溯验证). */
export interface AlibabaAlihealthDrugKytDrBillcheckRequest {
  /** 调用企业ID */
  ref_ent_id?: string;
  /** 单据编号 */
  bill_code: string;
  /** 单据类型 */
  bill_type: string;
  /** 单据企业refEntId */
  ower_ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.billcheck`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrBillcheckResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytDrBillcheckResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.billcheck`. */
export interface AlibabaAlihealthDrugKytDrBillcheckResult {
  /** model */
  model?: AlibabaAlihealthDrugKytDrBillcheckModel;
  /** 服务返回码 */
  msg_code?: string;
  /** 服务返回信息 */
  msg_info?: string;
  /** 是否成功 */
  is_success?: boolean;
}

/** `Model` of `alibaba.alihealth.drug.kyt.dr.billcheck`. */
export interface AlibabaAlihealthDrugKytDrBillcheckModel {
  /** 单据日期 */
  bill_time?: string;
  /** 单据类型 */
  bill_type?: Int64;
  /** 追溯验证数量 */
  matched_count?: Int64;
  /** 收发货企业名称 */
  user_name?: string;
  /** 验证率 */
  matched_rate_show?: string;
  /** 单据编号 */
  bill_code?: string;
  /** 码验证信息 */
  detail_info_list?: AlibabaAlihealthDrugKytDrBillcheckDetailInfoList[];
}

/** `DetailInfoList` of `alibaba.alihealth.drug.kyt.dr.billcheck`. */
export interface AlibabaAlihealthDrugKytDrBillcheckDetailInfoList {
  /** 批次编号 */
  produce_batch_no?: string;
  /** 药品信息 */
  drug_info?: string;
  /** 追溯码 */
  code?: string;
  /** 验证状态， 1 已验证 ； 其他是未验证 */
  code_is_matched?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  bill_code: 'String',
  bill_type: 'String',
  ower_ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      bill_time: 'Date',
      bill_type: 'Number',
      matched_count: 'Number',
      user_name: 'String',
      matched_rate_show: 'String',
      bill_code: 'String',
      detail_info_list: [
        {
          produce_batch_no: 'String',
          drug_info: 'String',
          code: 'String',
          code_is_matched: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.billcheck`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrBillcheckOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.billcheck',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_billcheck_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 疫苗追溯验证 — calls TOP method `alibaba.alihealth.drug.kyt.dr.billcheck`.
 *
 * 各级疾控在入库完成后，需要做追溯信息验证
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrBillcheck(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrBillcheckRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrBillcheckResponse> {
  return client.call<AlibabaAlihealthDrugKytDrBillcheckResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.billcheck',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_billcheck_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
