// Generated from specs/drugtrace/alibaba.alihealth.drug.code.common.list.codeinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.common.list.codeinfo` (通用查询码接口). */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoRequest {
  /** 验证权限企业id */
  auth_ref_ent_id: string;
  /** 企业refEntId */
  ref_ent_id: string;
  /** 标示医院业务 */
  search_source: string;
  /**
   * 追溯码
   *
   * Max list size: 20
   */
  code_list: string[];
  /** 证件编号 */
  cert_isv_no?: string;
  /** 调用方式：formal-正式、test-测试 */
  invocation?: string;
  /** 终端类型 1：零售 */
  terminal_type?: string;
  /** 调用零售药店名称 */
  terminal_name?: string;
  /** 城市名称 */
  bureau_name?: string;
  /** 错误信息 */
  error_message?: string;
}

/** Response of `alibaba.alihealth.drug.code.common.list.codeinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugCodeCommonListCodeinfoResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoResultModel {
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugCodeCommonListCodeinfoCodeFullInfoDto[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoCodeFullInfoDto {
  /** 表示成功 */
  msg_code?: string;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugCodeCommonListCodeinfoCodeProduceInfoDto;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugCodeCommonListCodeinfoDrugEntBaseDto;
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugCodeCommonListCodeinfoPUserEntDto;
  /** 追溯码状态对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugCodeCommonListCodeinfoCodeStatusTypeDto;
  /** 码包装层级 */
  package_level?: Int64;
  /** 码激活信息 */
  code_active_info_list_api_d_t_o?: AlibabaAlihealthDrugCodeCommonListCodeinfoCodeActiveInfoListApiDto;
  /** 追溯码 */
  code?: string;
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoCodeProduceInfoDto {
  /** 码生产日期 */
  produce_date?: string;
  /** 码批次号 */
  produce_batch_no?: string;
  /** 码生产信息id */
  produce_info_id?: string;
  /** 包装比例 */
  pkg_ratio?: string;
  /** 生产信息集合 */
  produce_info_list?: AlibabaAlihealthDrugCodeCommonListCodeinfoProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoProduceInfoDto {
  /** 批次号 */
  batch_no?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 有效期至 */
  expire_date?: string;
  /** 最小包装数量 */
  pkg_amount?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoDrugEntBaseDto {
  /** 药品信息id */
  drug_ent_base_id?: string;
  /** 药品基本信息id */
  drug_ent_base_info_id?: string;
  /** 批准文号 */
  approval_licence_no?: string;
  /** 药品名称 */
  physic_name?: string;
  /** 药品类型描述 */
  physic_type_desc?: string;
  /** 包装规格 */
  pkg_spec_crit?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 剂型描述 */
  prepn_type_desc?: string;
  /** 有效期长度 */
  exprie?: string;
  /** 商品名称 */
  prod_name?: string;
  /** 包装数量 */
  pkg_num?: Int64;
  /** 批准文号 */
  sdc_code?: string;
  /** 制剂单位类型描述 */
  prepn_unit_desc?: string;
  /** 药品子类编码 */
  prod_code?: string;
  /** 药品编码 */
  physic_code?: string;
  /** 药品详细类型 */
  physic_detail_type?: Int64;
}

/** `PUserEntDto` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoPUserEntDto {
  /** 机构编码 */
  org_code?: string;
  /** 原企业名称 */
  ent_name?: string;
  /** 新企业名称 */
  ent_name_new?: string;
  /** 企业refid */
  ref_ent_id?: string;
  /** 企业id */
  ent_id?: string;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoCodeStatusTypeDto {
  /** 追溯码状态 */
  verification_type?: string;
  /** 最后业务日期 */
  last_biz_date?: string;
  /** 码 */
  code?: string;
  /** 医保核销次数 */
  check_count?: Int64;
  /** 父码下子码的数量 */
  include_produce_code_count?: Int64;
  /** 码状态 */
  code_status_num?: string;
  /** 当前码的所有父码和packageLevel */
  parent_code_info_list?: AlibabaAlihealthDrugCodeCommonListCodeinfoParentCodeInfo[];
  /** 当前码的子码 */
  child_codes?: AlibabaAlihealthDrugCodeCommonListCodeinfoChildcodes[];
}

/** `ParentCodeInfo` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoParentCodeInfo {
  /** 码级别 */
  package_level?: Int64;
  /** 父码 */
  parent_code?: string;
}

/** `Childcodes` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoChildcodes {
  /** 子码 */
  pkg_level?: Int64;
  /** 子码级别 */
  code?: string;
}

/** `CodeActiveInfoListApiDto` of `alibaba.alihealth.drug.code.common.list.codeinfo`. */
export interface AlibabaAlihealthDrugCodeCommonListCodeinfoCodeActiveInfoListApiDto {
  /** 包装比例 */
  pkg_ratio?: string;
}

const REQUEST_SCHEMA = {
  auth_ref_ent_id: 'String',
  ref_ent_id: 'String',
  search_source: 'String',
  code_list: ['String'],
  cert_isv_no: 'String',
  invocation: 'String',
  terminal_type: 'String',
  terminal_name: 'String',
  bureau_name: 'String',
  error_message: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        msg_code: 'String',
        code_produce_info_d_t_o: {
          produce_date: 'Date',
          produce_batch_no: 'String',
          produce_info_id: 'String',
          pkg_ratio: 'String',
          produce_info_list: [
            {
              batch_no: 'String',
              produce_date: 'Date',
              expire_date: 'String',
              pkg_amount: 'String',
            },
          ],
        },
        drug_ent_base_d_t_o: {
          drug_ent_base_id: 'String',
          drug_ent_base_info_id: 'String',
          approval_licence_no: 'String',
          physic_name: 'String',
          physic_type_desc: 'String',
          pkg_spec_crit: 'String',
          prepn_spec: 'String',
          prepn_type_desc: 'String',
          exprie: 'String',
          prod_name: 'String',
          pkg_num: 'Number',
          sdc_code: 'String',
          prepn_unit_desc: 'String',
          prod_code: 'String',
          physic_code: 'String',
          physic_detail_type: 'Number',
        },
        p_user_ent_d_t_o: {
          org_code: 'String',
          ent_name: 'String',
          ent_name_new: 'String',
          ref_ent_id: 'String',
          ent_id: 'String',
        },
        code_status_type_d_t_o: {
          verification_type: 'String',
          last_biz_date: 'String',
          code: 'String',
          check_count: 'Number',
          include_produce_code_count: 'Number',
          code_status_num: 'String',
          parent_code_info_list: [
            {
              package_level: 'Number',
              parent_code: 'String',
            },
          ],
          child_codes: [
            {
              pkg_level: 'Number',
              code: 'String',
            },
          ],
        },
        package_level: 'Number',
        code_active_info_list_api_d_t_o: {
          pkg_ratio: 'String',
        },
        code: 'String',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.common.list.codeinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeCommonListCodeinfoOperation = {
  method: 'alibaba.alihealth.drug.code.common.list.codeinfo',
  responseRoot: 'alibaba_alihealth_drug_code_common_list_codeinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通用查询码接口 — calls TOP method `alibaba.alihealth.drug.code.common.list.codeinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeCommonListCodeinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeCommonListCodeinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeCommonListCodeinfoResponse> {
  return client.call<AlibabaAlihealthDrugCodeCommonListCodeinfoResponse>(
    {
      method: 'alibaba.alihealth.drug.code.common.list.codeinfo',
      responseRoot: 'alibaba_alihealth_drug_code_common_list_codeinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
