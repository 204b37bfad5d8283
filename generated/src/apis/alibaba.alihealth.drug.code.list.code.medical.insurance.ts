// Generated from specs/drugtrace/alibaba.alihealth.drug.code.list.code.medical.insurance.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.list.code.medical.insurance` (根据码获取码信息接口-医保). */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceRequest {
  /**
   * 追溯码
   *
   * Max list size: 400
   */
  code_list: string[];
  /** ISV开放平台帐号标识 */
  cert_isv_no: string;
  /** 调用方式：formal-正式、test-测试 */
  invocation: string;
  /** 终端类型 1005100-零售药店 ；10052-医疗机构 */
  terminal_type: string;
  /** 调用零售药店名称 */
  terminal_name?: string;
  /** 门店所属的行政区域ID */
  bureau_id: string;
  /** 零售终端id */
  terminal_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.code.list.code.medical.insurance`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceResultModel {
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceCodeFullInfoDto[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceCodeFullInfoDto {
  /** 表示成功 */
  msg_code?: string;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceCodeProduceInfoDto;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceDrugEntBaseDto;
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugCodeListCodeMedicalInsurancePUserEntDto;
  /** 追溯码状态对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceCodeStatusTypeDto;
  /** 码包装层级 */
  package_level?: Int64;
  /** 追溯码 */
  code?: string;
  /** 字段校验，1、本位码为空/疑似有误：空、连续7位数（含）为同一数字、循环数字； 2、有效期至疑似有误：不符合平台任意效期计算规则的数据（1.生产日期+有效期后的当天；2.生产日期+有效期后的前一天；3.生产日期+有效期后的上个月的最后一天；4.生产日期+有效期后的本月最后一天）；3、制剂规格疑似有误：被标记有误的数据 */
  validation_rule_list?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceValidationruledtos[];
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceCodeProduceInfoDto {
  /** 包装比例 */
  pkg_ratio?: string;
  /** 生产信息集合 */
  produce_info_list?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceProduceInfoDto {
  /** 批次号 */
  batch_no?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 有效期至 */
  expire_date?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceDrugEntBaseDto {
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
  /** sdcCode */
  sdc_code?: string;
  /** 批准文号 */
  approval_licence_no?: string;
  /** 制剂数量 */
  pkg_num?: string;
  /** 药品详细类型 */
  physic_detail_type?: string;
  /** 药品标识 */
  drug_ent_base_info_id?: string;
}

/** `PUserEntDto` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsurancePUserEntDto {
  /** 生产企业名称 */
  ent_name_new?: string;
  /** 企业唯一标识 */
  ref_ent_id?: string;
  /** 企业标识 */
  ent_id?: string;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceCodeStatusTypeDto {
  /** 医保核销次数 */
  check_count?: Int64;
  /** 码状态（0.错误码 1.已激活 2.已注销 3.已申请，但未激活） */
  code_status_num?: string;
  /** 最小包装数量 */
  code_count?: string;
  /** 父码集合 */
  parent_code_info_list?: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceParentcodeinfolist[];
}

/** `Parentcodeinfolist` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceParentcodeinfolist {
  /** 父码 */
  parent_code?: string;
  /** 父码级别 */
  package_level?: string;
}

/** `Validationruledtos` of `alibaba.alihealth.drug.code.list.code.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeListCodeMedicalInsuranceValidationruledtos {
  /** 校验的字段名称，如expire_date（有效期）、sdc_code（本位码）、prepn_spec（制剂规格） */
  field_name?: string;
  /** 校验结果Code, 0:通过；1:不通过 */
  result_code?: string;
  /** 校验结果描述 */
  result_desc?: string;
}

const REQUEST_SCHEMA = {
  code_list: ['String'],
  cert_isv_no: 'String',
  invocation: 'String',
  terminal_type: 'String',
  terminal_name: 'String',
  bureau_id: 'String',
  terminal_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        msg_code: 'String',
        code_produce_info_d_t_o: {
          pkg_ratio: 'String',
          produce_info_list: [
            {
              batch_no: 'String',
              produce_date: 'Date',
              expire_date: 'String',
            },
          ],
        },
        drug_ent_base_d_t_o: {
          physic_name: 'String',
          physic_type_desc: 'String',
          pkg_spec_crit: 'String',
          prepn_spec: 'String',
          prepn_type_desc: 'String',
          exprie: 'String',
          sdc_code: 'String',
          approval_licence_no: 'String',
          pkg_num: 'String',
          physic_detail_type: 'String',
          drug_ent_base_info_id: 'String',
        },
        p_user_ent_d_t_o: {
          ent_name_new: 'String',
          ref_ent_id: 'String',
          ent_id: 'String',
        },
        code_status_type_d_t_o: {
          check_count: 'Number',
          code_status_num: 'String',
          code_count: 'String',
          parent_code_info_list: [
            {
              parent_code: 'String',
              package_level: 'String',
            },
          ],
        },
        package_level: 'Number',
        code: 'String',
        validation_rule_list: [
          {
            field_name: 'String',
            result_code: 'String',
            result_desc: 'String',
          },
        ],
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.list.code.medical.insurance`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeListCodeMedicalInsuranceOperation = {
  method: 'alibaba.alihealth.drug.code.list.code.medical.insurance',
  responseRoot: 'alibaba_alihealth_drug_code_list_code_medical_insurance_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据码获取码信息接口-医保 — calls TOP method `alibaba.alihealth.drug.code.list.code.medical.insurance`.
 *
 * 服务描述
 * 医保鉴证核查是基于在两定机构的药品管理（入库、出库或盘点）环节，增加扫码匹配
 * 与验证鉴核流程；
 * 此接口，针对有码药品，提供可通过追溯码获取该药品的基础信息和生产状况信息；
 * 若所传的监管码是非最小包装监管码，且存在药品混包的情况，则此接口不支持。这种
 * 情况下，需要分多次调用该接口。
 * 核查平台优先过滤非8开头的，长度非20位数字的码信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeListCodeMedicalInsurance(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeListCodeMedicalInsuranceRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeListCodeMedicalInsuranceResponse> {
  return client.call<AlibabaAlihealthDrugCodeListCodeMedicalInsuranceResponse>(
    {
      method: 'alibaba.alihealth.drug.code.list.code.medical.insurance',
      responseRoot: 'alibaba_alihealth_drug_code_list_code_medical_insurance_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
