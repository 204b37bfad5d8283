// Generated from specs/drugtrace/alibaba.alihealth.code.getcodeinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.code.getcodeinfo` (码查询功能). */
export interface AlibabaAlihealthCodeGetcodeinfoRequest {
  /** 企业refEntId */
  ref_ent_id: string;
  /** 码 */
  code: string;
}

/** Response of `alibaba.alihealth.code.getcodeinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthCodeGetcodeinfoResponse {
  /** 码信息类 */
  model?: AlibabaAlihealthCodeGetcodeinfoDrugEntUseDto;
  /** 接口调用状态，FAIL_BIZ_CODE_FORMAT_ERROR:追溯码格式错误,FAIL_BIZ_CODE_NO_AUTH:权限不足,FAIL_BIZ_CODE_NOT_EXIST:不是追溯码,FAIL_BIZ_CODE_NOT_ACTIVE:追溯码未激活,FAIL_BIZ_REMOTE_REQ_ERROR:调用远程服务失败,1000:调用成功 */
  msg_info?: string;
  /** 接口调用状态码，FAIL_BIZ_CODE_FORMAT_ERROR:追溯码格式错误,FAIL_BIZ_CODE_NO_AUTH:权限不足,FAIL_BIZ_CODE_NOT_EXIST:不是追溯码,FAIL_BIZ_CODE_NOT_ACTIVE:追溯码未激活,FAIL_BIZ_REMOTE_REQ_ERROR:调用远程服务失败,1000:调用成功 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DrugEntUseDto` of `alibaba.alihealth.code.getcodeinfo`. */
export interface AlibabaAlihealthCodeGetcodeinfoDrugEntUseDto {
  /** 药品通用名称 */
  physic_name?: string;
  /** 药品英文名称 */
  physic_name_en?: string;
  /** 药品商品名称 */
  prod_name?: string;
  /** 国家药品标识码 */
  cfda_drug_id?: string;
  /** 药品本位码 */
  sdc_code?: string;
  /** 剂型 */
  prepn_type_desc?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 包装转换比 */
  pkg_num?: Int64;
  /** 药品有效期 */
  exprie_life?: Int64;
  /** 药品有效期单位 */
  exprie_unit?: Int64;
  /** 药品有效期 */
  expiry_term?: string;
  /** 药品批准文号 */
  approval_licence_no?: string;
  /** 药品批准文号有效期 */
  approval_licence_expiry?: string;
  /** 药品生产日期 */
  production_date?: string;
  /** 药品有效期截止日期 */
  expiry_date?: string;
  /** 药品生产批号 */
  production_batch?: string;
  /** 进口药品注册证号 */
  import_reg_cert?: string;
  /** 进口药品注册证有效期 */
  import_reg_cert_validity?: string;
  /** 进口药品批件号 */
  import_app_cert?: string;
  /** 进口药品批件有效期 */
  import_app_cert_validity?: string;
  /** 药品注册分类 */
  drug_registration_classfication?: Int64;
  /** 国家基本药物标识 */
  national_essential_drugs_flag?: Int64;
  /** 特殊药品管理分类 */
  controlled_drug_management_type?: Int64;
  /** 处方药标识 */
  otc_flag?: Int64;
  /** 厂商信息 */
  authorizer_ent_info?: AlibabaAlihealthCodeGetcodeinfoBaseEntInfoDTO;
  /** 生产企业信息 */
  produce_ent_info?: AlibabaAlihealthCodeGetcodeinfoBaseEntInfoDTO;
  /** 分包装厂 */
  pack_ent_info?: AlibabaAlihealthCodeGetcodeinfoBaseEntInfoDTO;
  /** 代理企业 */
  agent_ent_info?: AlibabaAlihealthCodeGetcodeinfoBaseEntInfoDTO;
  /** 零售企业信息 */
  retail_ent_info?: AlibabaAlihealthCodeGetcodeinfoBaseEntInfoDTO;
  /** S:已售出 */
  code_status?: string;
}

/** `BaseEntInfoDTO` of `alibaba.alihealth.code.getcodeinfo`. */
export interface AlibabaAlihealthCodeGetcodeinfoBaseEntInfoDTO {
  /** 上市许可持有人名称 */
  ent_name?: string;
  /** 统一社会信用代码（上市许可持有人） */
  org_code?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    physic_name: 'String',
    physic_name_en: 'String',
    prod_name: 'String',
    cfda_drug_id: 'String',
    sdc_code: 'String',
    prepn_type_desc: 'String',
    prepn_spec: 'String',
    pkg_spec: 'String',
    pkg_num: 'Number',
    exprie_life: 'Number',
    exprie_unit: 'Number',
    expiry_term: 'String',
    approval_licence_no: 'String',
    approval_licence_expiry: 'Date',
    production_date: 'String',
    expiry_date: 'String',
    production_batch: 'String',
    import_reg_cert: 'String',
    import_reg_cert_validity: 'Date',
    import_app_cert: 'String',
    import_app_cert_validity: 'Date',
    drug_registration_classfication: 'Number',
    national_essential_drugs_flag: 'Number',
    controlled_drug_management_type: 'Number',
    otc_flag: 'Number',
    authorizer_ent_info: {
      ent_name: 'String',
      org_code: 'String',
    },
    produce_ent_info: {
      ent_name: 'String',
      org_code: 'String',
    },
    pack_ent_info: {
      ent_name: 'String',
      org_code: 'String',
    },
    agent_ent_info: {
      ent_name: 'String',
      org_code: 'String',
    },
    retail_ent_info: {
      ent_name: 'String',
      org_code: 'String',
    },
    code_status: 'String',
  },
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.code.getcodeinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthCodeGetcodeinfoOperation = {
  method: 'alibaba.alihealth.code.getcodeinfo',
  responseRoot: 'alibaba_alihealth_code_getcodeinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码查询功能 — calls TOP method `alibaba.alihealth.code.getcodeinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthCodeGetcodeinfo(
  client: TopClient,
  request: AlibabaAlihealthCodeGetcodeinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthCodeGetcodeinfoResponse> {
  return client.call<AlibabaAlihealthCodeGetcodeinfoResponse>(
    {
      method: 'alibaba.alihealth.code.getcodeinfo',
      responseRoot: 'alibaba_alihealth_code_getcodeinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
