// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.drugdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.drugdetail` (查询药品详细信息). */
export interface AlibabaAlihealthDrugKytDrugdetailRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 药品ID */
  drug_ent_base_info_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.drugdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrugdetailResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytDrugdetailResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.drugdetail`. */
export interface AlibabaAlihealthDrugKytDrugdetailResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytDrugdetailResDrugDetailInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `ResDrugDetailInfoDto` of `alibaba.alihealth.drug.kyt.drugdetail`. */
export interface AlibabaAlihealthDrugKytDrugdetailResDrugDetailInfoDto {
  /** 包装单位描述 */
  pkg_unit_desc?: string;
  /** 批准文号有效期至 */
  approval_licence_expiry?: string;
  /** 有效期单位(详见码表) 1:日，2：月，3：年 */
  exprie_unit?: string;
  /** 药品详细类型 */
  physic_detail_type?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 药品基本信息id */
  drug_base_info_id?: string;
  /** 状态 1正常,0停用 */
  status?: string;
  /** 企业唯一标识 */
  ref_ent_id?: string;
  /** 药品类型描叙（普通药品） */
  physic_type_desc?: string;
  /** 包装数量 */
  pkg_num?: string;
  /** 创建时间(为企业提供数据) */
  crt_date?: string;
  /** 企业ID */
  ent_id?: string;
  /** 制剂单位类型描述 */
  prepn_unit_desc?: string;
  /** 年赋码量 */
  ann_code_amt?: string;
  /** 药品批准文号ID(药品目录) */
  drug_approval_info_id?: string;
  /** 药品本位码 */
  sdc_code?: string;
  /** 药品有效期数(月/年) */
  exprie_life?: string;
  /** 商品名称 */
  prod_name?: string;
  /** 药品类型(详见码表) 1：特殊药品原料药，2：特殊药品制剂，3：普通药品，9：未分类 */
  physic_type?: string;
  /** 生产企业详细地址 */
  reg_region_detail?: string;
  /** 申请码标识:1未申请,2已申请 */
  physic_nat_code?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
  /** 制剂单位类型(详见码表) */
  prepn_unit?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 剂型(制剂类型) */
  prepn_type?: string;
  /** 企业药品ID */
  drug_ent_base_id?: string;
  /** 剂型描述 */
  prepn_type_desc?: string;
  /** 药品通用名称 */
  physic_name?: string;
  /** 包装单位 */
  pkg_unit?: string;
  /** 包装规格常规 */
  pkg_spec_crit?: string;
  /** 是否授权0未授权,1已授权 */
  authorizer_flag?: string;
  /** 修改时间 */
  mod_date?: string;
  /** 批准文号 */
  approval_licence_no?: string;
  /** 药品信息 */
  physic_info?: string;
  /** 药品自类编码 */
  prod_code?: string;
  /** 批准文号类型 */
  approval_licence_type?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  drug_ent_base_info_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      pkg_unit_desc: 'String',
      approval_licence_expiry: 'String',
      exprie_unit: 'String',
      physic_detail_type: 'String',
      pkg_spec: 'String',
      ent_name: 'String',
      drug_base_info_id: 'String',
      status: 'String',
      ref_ent_id: 'String',
      physic_type_desc: 'String',
      pkg_num: 'String',
      crt_date: 'String',
      ent_id: 'String',
      prepn_unit_desc: 'String',
      ann_code_amt: 'String',
      drug_approval_info_id: 'String',
      sdc_code: 'String',
      exprie_life: 'String',
      prod_name: 'String',
      physic_type: 'String',
      reg_region_detail: 'String',
      physic_nat_code: 'String',
      drug_ent_base_info_id: 'String',
      prepn_unit: 'String',
      prepn_spec: 'String',
      prepn_type: 'String',
      drug_ent_base_id: 'String',
      prepn_type_desc: 'String',
      physic_name: 'String',
      pkg_unit: 'String',
      pkg_spec_crit: 'String',
      authorizer_flag: 'String',
      mod_date: 'String',
      approval_licence_no: 'String',
      physic_info: 'String',
      prod_code: 'String',
      approval_licence_type: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.drugdetail`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrugdetailOperation = {
  method: 'alibaba.alihealth.drug.kyt.drugdetail',
  responseRoot: 'alibaba_alihealth_drug_kyt_drugdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询药品详细信息 — calls TOP method `alibaba.alihealth.drug.kyt.drugdetail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrugdetail(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrugdetailRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrugdetailResponse> {
  return client.call<AlibabaAlihealthDrugKytDrugdetailResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.drugdetail',
      responseRoot: 'alibaba_alihealth_drug_kyt_drugdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
