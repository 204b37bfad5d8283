// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.getbyrefentid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.getbyrefentid` (多融通过一个企业唯一标识查询企业详细信息). */
export interface AlibabaAlihealthDrugKytDrGetbyrefentidRequest {
  /** 接口调用企业的唯一标识（接口调用者） */
  ref_ent_id: string;
  /** 准备要查询的企业唯一标识（返回该唯一标识企业的详细信息） */
  dest_ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.getbyrefentid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrGetbyrefentidResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytDrGetbyrefentidResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.dr.getbyrefentid`. */
export interface AlibabaAlihealthDrugKytDrGetbyrefentidResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytDrGetbyrefentidPUserEntInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `PUserEntInfoDto` of `alibaba.alihealth.drug.kyt.dr.getbyrefentid`. */
export interface AlibabaAlihealthDrugKytDrGetbyrefentidPUserEntInfoDto {
  /** 企业id */
  ent_id?: string;
  /** 企业唯一标识 */
  ref_ent_id?: string;
  /** 是否入网 */
  is_network?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 所属管理机构 */
  direct_manage?: string;
  /** 是否法人 */
  legal_org_flag?: string;
  /** 机构代码 */
  org_code?: string;
  /** 注册地编码 */
  reg_region_code?: string;
  /** 注册地明细 */
  reg_region_detail?: string;
  /** 所在地编码 */
  dict_region_code?: string;
  /** 所在地明细 */
  dict_region_detail?: string;
  /** 状态1.使用中0.已废除 */
  status?: string;
  /** 企业类型 */
  user_role_type_str?: string;
  /** 企业类型编码 */
  user_role_type?: string;
  /** 企业机构详细类别 */
  ent_org_type?: string;
  /** 省 */
  prov_name?: string;
  /** 市 */
  area_name?: string;
  /** 县 */
  city_name?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  dest_ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      ent_id: 'String',
      ref_ent_id: 'String',
      is_network: 'String',
      ent_name: 'String',
      direct_manage: 'String',
      legal_org_flag: 'String',
      org_code: 'String',
      reg_region_code: 'String',
      reg_region_detail: 'String',
      dict_region_code: 'String',
      dict_region_detail: 'String',
      status: 'String',
      user_role_type_str: 'String',
      user_role_type: 'String',
      ent_org_type: 'String',
      prov_name: 'String',
      area_name: 'String',
      city_name: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.getbyrefentid`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrGetbyrefentidOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.getbyrefentid',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_getbyrefentid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 多融通过一个企业唯一标识查询企业详细信息 — calls TOP method `alibaba.alihealth.drug.kyt.dr.getbyrefentid`.
 *
 * 根据企业唯一标识查看企业详细信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrGetbyrefentid(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrGetbyrefentidRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrGetbyrefentidResponse> {
  return client.call<AlibabaAlihealthDrugKytDrGetbyrefentidResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.getbyrefentid',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_getbyrefentid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
