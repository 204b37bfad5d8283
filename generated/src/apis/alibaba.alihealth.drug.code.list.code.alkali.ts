// Generated from specs/drugtrace/alibaba.alihealth.drug.code.list.code.alkali.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.list.code.alkali` (根据码查询码信息-黄麻碱). */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliRequest {
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

/** Response of `alibaba.alihealth.drug.code.list.code.alkali`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugCodeListCodeAlkaliResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliResultModel {
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugCodeListCodeAlkaliCodeFullInfoDto[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliCodeFullInfoDto {
  /** 表示成功 */
  msg_code?: string;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugCodeListCodeAlkaliCodeProduceInfoDto;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugCodeListCodeAlkaliDrugEntBaseDto;
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugCodeListCodeAlkaliPUserEntDto;
  /** 追溯码状态对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugCodeListCodeAlkaliCodeStatusTypeDto;
  /** 码包装层级 */
  package_level?: Int64;
  /** 码激活信息 */
  code_active_info_list_api_d_t_o?: AlibabaAlihealthDrugCodeListCodeAlkaliCodeActiveInfoListApiDto;
  /** 追溯码 */
  code?: string;
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliCodeProduceInfoDto {
  /** 码生产日期 */
  produce_date?: string;
  /** 码批次号 */
  produce_batch_no?: string;
  /** 码生产信息id */
  produce_info_id?: string;
  /** 包装比例 */
  pkg_ratio?: string;
  /** 生产信息集合 */
  produce_info_list?: AlibabaAlihealthDrugCodeListCodeAlkaliProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliProduceInfoDto {
  /** 批次号 */
  batch_no?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 有效期至 */
  expire_date?: string;
  /** 最小包装数量 */
  pkg_amount?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliDrugEntBaseDto {
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

/** `PUserEntDto` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliPUserEntDto {
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

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliCodeStatusTypeDto {
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
}

/** `CodeActiveInfoListApiDto` of `alibaba.alihealth.drug.code.list.code.alkali`. */
export interface AlibabaAlihealthDrugCodeListCodeAlkaliCodeActiveInfoListApiDto {
  /** 包装比例 */
  pkg_ratio?: string;
}

const REQUEST_SCHEMA = {
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

/** Static description of `alibaba.alihealth.drug.code.list.code.alkali`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeListCodeAlkaliOperation = {
  method: 'alibaba.alihealth.drug.code.list.code.alkali',
  responseRoot: 'alibaba_alihealth_drug_code_list_code_alkali_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据码查询码信息-黄麻碱 — calls TOP method `alibaba.alihealth.drug.code.list.code.alkali`.
 *
 * 服务描述
 * 黄麻碱鉴证核查是基于在两定机构的药品管理（入库、出库或盘点）环节，增加扫码匹配
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
export function alibabaAlihealthDrugCodeListCodeAlkali(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeListCodeAlkaliRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeListCodeAlkaliResponse> {
  return client.call<AlibabaAlihealthDrugCodeListCodeAlkaliResponse>(
    {
      method: 'alibaba.alihealth.drug.code.list.code.alkali',
      responseRoot: 'alibaba_alihealth_drug_code_list_code_alkali_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
