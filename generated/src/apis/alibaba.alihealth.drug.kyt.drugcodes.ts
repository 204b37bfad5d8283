// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.drugcodes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.drugcodes` (药品是否赋码). */
export interface AlibabaAlihealthDrugKytDrugcodesRequest {
  /** 企业名称 */
  ref_ent_name: string;
  /** 药品名称 */
  physic_name: string;
  /** 生产批号 */
  produce_batch_no: string;
  /** 药品类型 */
  physic_type: string;
  /** 制剂规格 */
  prepn_spec: string;
  /** 包装规格 */
  pkg_spec?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.drugcodes`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrugcodesResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytDrugcodesResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.drugcodes`. */
export interface AlibabaAlihealthDrugKytDrugcodesResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytDrugcodesDrugCode;
  /** 返回码 */
  msg_code?: string;
  /** 返回值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `DrugCode` of `alibaba.alihealth.drug.kyt.drugcodes`. */
export interface AlibabaAlihealthDrugKytDrugcodesDrugCode {
  /** 是否有码 */
  has_code?: boolean;
  /** 包装规格 */
  pkg_spec_list?: string[];
}

const REQUEST_SCHEMA = {
  ref_ent_name: 'String',
  physic_name: 'String',
  produce_batch_no: 'String',
  physic_type: 'String',
  prepn_spec: 'String',
  pkg_spec: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      has_code: 'Boolean',
      pkg_spec_list: ['String'],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.drugcodes`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrugcodesOperation = {
  method: 'alibaba.alihealth.drug.kyt.drugcodes',
  responseRoot: 'alibaba_alihealth_drug_kyt_drugcodes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 药品是否赋码 — calls TOP method `alibaba.alihealth.drug.kyt.drugcodes`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrugcodes(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrugcodesRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrugcodesResponse> {
  return client.call<AlibabaAlihealthDrugKytDrugcodesResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.drugcodes',
      responseRoot: 'alibaba_alihealth_drug_kyt_drugcodes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
