// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.getentlicense.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.getentlicense` (获取企业资质). */
export interface AlibabaAlihealthDrugKytGetentlicenseRequest {
  /** 企业ID */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.getentlicense`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytGetentlicenseResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytGetentlicenseResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.getentlicense`. */
export interface AlibabaAlihealthDrugKytGetentlicenseResultModel {
  /** 列表 */
  model_list?: AlibabaAlihealthDrugKytGetentlicenseModel[];
}

/** `Model` of `alibaba.alihealth.drug.kyt.getentlicense`. */
export interface AlibabaAlihealthDrugKytGetentlicenseModel {
  /** 资质名称 */
  name?: string;
  /** 是否必须 */
  requisite?: Int64;
  /** 资质描述 */
  desc_info?: string;
  /** 主键ID */
  id?: string;
  /** 企业ID */
  ref_ent_id?: string;
  /** 过期时间 */
  expire_date?: string;
  /** 资质图片存储地址 */
  url?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 资质编号 */
  license_no?: string;
  /** 资质类型 */
  license_type?: string;
  /** 资质图片访问地址 */
  truth_url?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        name: 'String',
        requisite: 'Number',
        desc_info: 'String',
        id: 'String',
        ref_ent_id: 'String',
        expire_date: 'Date',
        url: 'String',
        gmt_modified: 'Date',
        license_no: 'String',
        license_type: 'String',
        truth_url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.getentlicense`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytGetentlicenseOperation = {
  method: 'alibaba.alihealth.drug.kyt.getentlicense',
  responseRoot: 'alibaba_alihealth_drug_kyt_getentlicense_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取企业资质 — calls TOP method `alibaba.alihealth.drug.kyt.getentlicense`.
 *
 * 获取企业的资质信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytGetentlicense(
  client: TopClient,
  request: AlibabaAlihealthDrugKytGetentlicenseRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytGetentlicenseResponse> {
  return client.call<AlibabaAlihealthDrugKytGetentlicenseResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.getentlicense',
      responseRoot: 'alibaba_alihealth_drug_kyt_getentlicense_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
