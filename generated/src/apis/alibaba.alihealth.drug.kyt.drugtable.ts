// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.drugtable.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.drugtable` (查询药品目录信息). */
export interface AlibabaAlihealthDrugKytDrugtableRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 药品通用名 */
  physic_name: string;
  /** 批准文号 */
  approval_licence_no?: string;
  /** 开始日期 */
  start_date?: string;
  /** 结束日期 */
  end_date?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 包装规格 */
  package_spec?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 页大小（最大每页查询条数100） */
  page_size: Int64Input;
  /** 页码 */
  page: Int64Input;
}

/** Response of `alibaba.alihealth.drug.kyt.drugtable`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrugtableResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytDrugtableResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.drugtable`. */
export interface AlibabaAlihealthDrugKytDrugtableResultModel {
  /** 返回模型 */
  model?: AlibabaAlihealthDrugKytDrugtablePage;
  /** 状态码 */
  msg_code?: string;
  /** 状态值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `Page` of `alibaba.alihealth.drug.kyt.drugtable`. */
export interface AlibabaAlihealthDrugKytDrugtablePage {
  /** 总计 */
  total_num?: Int64;
  /** 返回列表 */
  result_list?: AlibabaAlihealthDrugKytDrugtableDrugTableDto[];
  /** 当前页 */
  page?: Int64;
  /** 分页大小 */
  page_size?: Int64;
}

/** `DrugTableDto` of `alibaba.alihealth.drug.kyt.drugtable`. */
export interface AlibabaAlihealthDrugKytDrugtableDrugTableDto {
  /** 制剂类型描述 */
  prepn_type_desc?: string;
  /** 药品类型描述 */
  physic_type_desc?: string;
  /** 药品类型(详见码表) 1：特殊药品原料药，2：特殊药品制剂，3：普通药品，9：未分类 */
  physic_type?: Int64;
  /** 药品名称 */
  physic_name?: string;
  /** 药品自类编码 */
  prod_code?: string;
  /** 药品详细类型 */
  physic_detail_type?: Int64;
  /** 企业主键 */
  ref_ent_id?: string;
  /** 商品名称 */
  prod_name?: string;
  /** 修改日期 */
  mod_date?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 包装单位描述 */
  pkg_unit_desc?: string;
  /** 药品类型详情描述 */
  physic_detail_type_desc?: string;
  /** 制剂单位描述 */
  prepn_unit_desc?: string;
  /** 子列表 */
  sub_type_list?: AlibabaAlihealthDrugKytDrugtableSubTypeList[];
}

/** `SubTypeList` of `alibaba.alihealth.drug.kyt.drugtable`. */
export interface AlibabaAlihealthDrugKytDrugtableSubTypeList {
  /** 制剂单位 */
  prepn_unit?: string;
  /** 包装规格 */
  package_spec?: string;
  /** 码列表 */
  code_res_list?: AlibabaAlihealthDrugKytDrugtableCodeResList[];
  /** 制剂规格 */
  prepn_spec?: string;
  /** 企业药品ID */
  prod_seq_no?: string;
  /** 批准文号 */
  approve_no?: string;
  /** 药品详情类型 */
  physic_detail_type?: string;
  /** 包装单位 */
  pack_unit?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
  /** 包装单位 */
  pack_unit_name?: string;
  /** 制剂描述 */
  prepn_desc?: string;
  /** 制剂单位描述 */
  prepn_unit_name?: string;
  /** 子类型 */
  sub_type_no?: string;
}

/** `CodeResList` of `alibaba.alihealth.drug.kyt.drugtable`. */
export interface AlibabaAlihealthDrugKytDrugtableCodeResList {
  /** 码前缀 */
  code_prefix?: string;
  /** 资源码 */
  res_code?: string;
  /** 层级 */
  code_level?: string;
  /** 包装比例 */
  pkg_ratio?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  physic_name: 'String',
  approval_licence_no: 'String',
  start_date: 'String',
  end_date: 'String',
  ent_name: 'String',
  package_spec: 'String',
  prepn_spec: 'String',
  page_size: 'Number',
  page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      result_list: [
        {
          prepn_type_desc: 'String',
          physic_type_desc: 'String',
          physic_type: 'Number',
          physic_name: 'String',
          prod_code: 'String',
          physic_detail_type: 'Number',
          ref_ent_id: 'String',
          prod_name: 'String',
          mod_date: 'String',
          ent_name: 'String',
          pkg_unit_desc: 'String',
          physic_detail_type_desc: 'String',
          prepn_unit_desc: 'String',
          sub_type_list: [
            {
              prepn_unit: 'String',
              package_spec: 'String',
              code_res_list: [
                {
                  code_prefix: 'String',
                  res_code: 'String',
                  code_level: 'String',
                  pkg_ratio: 'String',
                },
              ],
              prepn_spec: 'String',
              prod_seq_no: 'String',
              approve_no: 'String',
              physic_detail_type: 'String',
              pack_unit: 'String',
              drug_ent_base_info_id: 'String',
              pack_unit_name: 'String',
              prepn_desc: 'String',
              prepn_unit_name: 'String',
              sub_type_no: 'String',
            },
          ],
        },
      ],
      page: 'Number',
      page_size: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.drugtable`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrugtableOperation = {
  method: 'alibaba.alihealth.drug.kyt.drugtable',
  responseRoot: 'alibaba_alihealth_drug_kyt_drugtable_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询药品目录信息 — calls TOP method `alibaba.alihealth.drug.kyt.drugtable`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrugtable(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrugtableRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrugtableResponse> {
  return client.call<AlibabaAlihealthDrugKytDrugtableResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.drugtable',
      responseRoot: 'alibaba_alihealth_drug_kyt_drugtable_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
