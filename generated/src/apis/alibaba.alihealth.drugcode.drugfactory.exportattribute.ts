// Generated from specs/drugtrace/alibaba.alihealth.drugcode.drugfactory.exportattribute.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.drugfactory.exportattribute` (导出所有项目的药物属性和药品信息). */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeRequest {
  /** 企业id */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drugcode.drugfactory.exportattribute`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeTopResultModel {
  /** 导出的项目和药物属性 */
  model?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeTrialProjectInfoDto;
  /** 提示码 */
  msg_code?: string;
  /** 提示信息 */
  msg_info?: string;
}

/** `TrialProjectInfoDto` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeTrialProjectInfoDto {
  /** 项目和药物属性 */
  project_and_attribute_dto_list?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeTrialProjectAndAttributeDto[];
  /** 药品信息 */
  drug_dto_list?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeSubType[];
}

/** `TrialProjectAndAttributeDto` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeTrialProjectAndAttributeDto {
  /** 项目名称 */
  trial_project_name?: string;
  /** 项目编号 */
  trial_project_no?: string;
  /** 一级药物属性 */
  first_attr_dto_list?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeFirstAttrDto[];
}

/** `FirstAttrDto` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeFirstAttrDto {
  /** 一级药物属性名称 */
  first_attribute_name?: string;
  /** 一级药物属性编号 */
  first_attribute_no?: string;
  /** 二级药物属性信息 */
  secondary_attr_dto_list?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeSecondaryAttrDto[];
}

/** `SecondaryAttrDto` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeSecondaryAttrDto {
  /** 二级药物属性名称 */
  secondary_attribute_name?: string;
  /** 二级药物属性编号 */
  secondary_attribute_no?: string;
  /** 二级药物属性描述 */
  secondary_attr_desc?: string;
  /** 药品id */
  drug_ent_base_info_id?: string;
}

/** `SubType` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeSubType {
  /** 药品id */
  drug_ent_base_info_id?: string;
  /** 批准文号 */
  authorized_no?: string;
  /** 包装单位 */
  pack_unit?: string;
  /** 包装规格 */
  package_spec?: string;
  /** 药品详细类型 */
  physic_detail_type?: string;
  /** 有效期 */
  physic_expiry?: string;
  /** 有效期单位 */
  physic_expiry_unit?: string;
  /** 药品信息 */
  physic_info?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 包装数量 */
  pkg_num?: string;
  /** 制剂单位 */
  prepn_unit?: string;
  /** 药品名称 */
  product_name?: string;
  /** 资源码信息 */
  res_prod_codes?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeResProdCodes;
  /** 制剂规格 */
  spec?: string;
  /** 类型 */
  type?: string;
  /** 子类编码 */
  type_no?: string;
}

/** `ResProdCodes` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeResProdCodes {
  /** 资源码 */
  res_code_list?: AlibabaAlihealthDrugcodeDrugfactoryExportattributeResCode[];
}

/** `ResCode` of `alibaba.alihealth.drugcode.drugfactory.exportattribute`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportattributeResCode {
  /** 资源码值 */
  value?: string;
  /** 码级别 */
  code_level?: string;
  /** 码头 */
  code_version?: string;
  /** 包装比例 */
  pkg_ratio?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      project_and_attribute_dto_list: [
        {
          trial_project_name: 'String',
          trial_project_no: 'String',
          first_attr_dto_list: [
            {
              first_attribute_name: 'String',
              first_attribute_no: 'String',
              secondary_attr_dto_list: [
                {
                  secondary_attribute_name: 'String',
                  secondary_attribute_no: 'String',
                  secondary_attr_desc: 'String',
                  drug_ent_base_info_id: 'String',
                },
              ],
            },
          ],
        },
      ],
      drug_dto_list: [
        {
          drug_ent_base_info_id: 'String',
          authorized_no: 'String',
          pack_unit: 'String',
          package_spec: 'String',
          physic_detail_type: 'String',
          physic_expiry: 'String',
          physic_expiry_unit: 'String',
          physic_info: 'String',
          physic_type: 'String',
          pkg_num: 'String',
          prepn_unit: 'String',
          product_name: 'String',
          res_prod_codes: {
            res_code_list: [
              {
                value: 'String',
                code_level: 'String',
                code_version: 'String',
                pkg_ratio: 'String',
              },
            ],
          },
          spec: 'String',
          type: 'String',
          type_no: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.drugfactory.exportattribute`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeDrugfactoryExportattributeOperation = {
  method: 'alibaba.alihealth.drugcode.drugfactory.exportattribute',
  responseRoot: 'alibaba_alihealth_drugcode_drugfactory_exportattribute_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导出所有项目的药物属性和药品信息 — calls TOP method `alibaba.alihealth.drugcode.drugfactory.exportattribute`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeDrugfactoryExportattribute(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeDrugfactoryExportattributeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeDrugfactoryExportattributeResponse> {
  return client.call<AlibabaAlihealthDrugcodeDrugfactoryExportattributeResponse>(
    {
      method: 'alibaba.alihealth.drugcode.drugfactory.exportattribute',
      responseRoot: 'alibaba_alihealth_drugcode_drugfactory_exportattribute_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
