// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.getdruglicense.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.getdruglicense` (获取药品资质信息). */
export interface AlibabaAlihealthDrugKytGetdruglicenseRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 药品ID */
  drug_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.getdruglicense`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytGetdruglicenseResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytGetdruglicenseResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.getdruglicense`. */
export interface AlibabaAlihealthDrugKytGetdruglicenseResultModel {
  /** 列表 */
  model_list?: AlibabaAlihealthDrugKytGetdruglicenseModel[];
}

/** `Model` of `alibaba.alihealth.drug.kyt.getdruglicense`. */
export interface AlibabaAlihealthDrugKytGetdruglicenseModel {
  /** 资质名称 */
  name?: string;
  /** 是否必须1：是0否 */
  requisite?: Int64;
  /** 资质描述 */
  desc_info?: string;
  /** 主键ID */
  id?: Int64;
  /** 企业ID */
  ref_ent_id?: string;
  /** 过期时间 */
  expire_date?: string;
  /** 图片存储地址 */
  url?: string;
  /** 药品ID */
  drug_id?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 资质编号 */
  license_no?: string;
  /** 资质类型 */
  license_type?: Int64;
  /** 资质图片地址 */
  truth_url?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  drug_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        name: 'String',
        requisite: 'Number',
        desc_info: 'String',
        id: 'Number',
        ref_ent_id: 'String',
        expire_date: 'Date',
        url: 'String',
        drug_id: 'String',
        gmt_modified: 'Date',
        license_no: 'String',
        license_type: 'Number',
        truth_url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.getdruglicense`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytGetdruglicenseOperation = {
  method: 'alibaba.alihealth.drug.kyt.getdruglicense',
  responseRoot: 'alibaba_alihealth_drug_kyt_getdruglicense_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取药品资质信息 — calls TOP method `alibaba.alihealth.drug.kyt.getdruglicense`.
 *
 * 获取药品的资质信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytGetdruglicense(
  client: TopClient,
  request: AlibabaAlihealthDrugKytGetdruglicenseRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytGetdruglicenseResponse> {
  return client.call<AlibabaAlihealthDrugKytGetdruglicenseResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.getdruglicense',
      responseRoot: 'alibaba_alihealth_drug_kyt_getdruglicense_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
