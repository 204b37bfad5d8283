// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo` (通过企业名得到唯一标识(ref_ent_id)及企业ID(ent_id)). */
export interface AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoRequest {
  /** 公司名称(全称) */
  ent_name: string;
}

/** Response of `alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo`. */
export interface AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoPUserEntInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `PUserEntInfoDto` of `alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo`. */
export interface AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoPUserEntInfoDto {
  /** 企业唯一标识【ref_ent_id】 */
  ref_ent_id?: string;
  /** 企业ID【ent_id】 */
  ent_id?: string;
}

const REQUEST_SCHEMA = {
  ent_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      ref_ent_id: 'String',
      ent_id: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytSpeciaVaccinGetentinfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_specia_vaccin_getentinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过企业名得到唯一标识(ref_ent_id)及企业ID(ent_id) — calls TOP method `alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo`.
 *
 * 根据企业名称查询企业唯一标识（ref_ent_id）及企业ID(ent_id)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytSpeciaVaccinGetentinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoResponse> {
  return client.call<AlibabaAlihealthDrugKytSpeciaVaccinGetentinfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.specia.vaccin.getentinfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_specia_vaccin_getentinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
