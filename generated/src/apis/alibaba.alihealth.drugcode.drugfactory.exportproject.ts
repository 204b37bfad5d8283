// Generated from specs/drugtrace/alibaba.alihealth.drugcode.drugfactory.exportproject.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.drugfactory.exportproject` (导出项目和药品目录). */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportprojectRequest {
  /** 企业id */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drugcode.drugfactory.exportproject`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportprojectResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthDrugcodeDrugfactoryExportprojectTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drugcode.drugfactory.exportproject`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportprojectTopResultModel {
  /** 导出的项目和药品目录 */
  models?: AlibabaAlihealthDrugcodeDrugfactoryExportprojectTrialProjectDto[];
  /** 提示信息 */
  msg_info?: string;
  /** 提示码 */
  msg_code?: string;
}

/** `TrialProjectDto` of `alibaba.alihealth.drugcode.drugfactory.exportproject`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportprojectTrialProjectDto {
  /** 项目名称 */
  trial_project_name?: string;
  /** 项目编号 */
  trial_project_no?: string;
  /** 药品信息 */
  drug_dto_list?: AlibabaAlihealthDrugcodeDrugfactoryExportprojectSubType[];
}

/** `SubType` of `alibaba.alihealth.drugcode.drugfactory.exportproject`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportprojectSubType {
  /** 药品名称 */
  product_name?: string;
  /** 批准文号 */
  authorized_no?: string;
  /** 包装单位 */
  pack_unit?: string;
  /** 包装规格 */
  package_spec?: string;
  /** 药品类型 */
  physic_detail_type?: string;
  /** 有效期 */
  physic_expiry?: string;
  /** 药品信息 */
  physic_info?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 类型 */
  type?: string;
  /** 子类编码 */
  type_no?: string;
  /** 制剂单位 */
  prepn_unit?: string;
  /** 包装数量 */
  pkg_num?: string;
  /** 资源码信息 */
  res_prod_codes?: AlibabaAlihealthDrugcodeDrugfactoryExportprojectResProdCodes;
  /** 制剂规格 */
  spec?: string;
}

/** `ResProdCodes` of `alibaba.alihealth.drugcode.drugfactory.exportproject`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportprojectResProdCodes {
  /** 资源码 */
  res_code_list?: AlibabaAlihealthDrugcodeDrugfactoryExportprojectResCode[];
}

/** `ResCode` of `alibaba.alihealth.drugcode.drugfactory.exportproject`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportprojectResCode {
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
    models: [
      {
        trial_project_name: 'String',
        trial_project_no: 'String',
        drug_dto_list: [
          {
            product_name: 'String',
            authorized_no: 'String',
            pack_unit: 'String',
            package_spec: 'String',
            physic_detail_type: 'String',
            physic_expiry: 'String',
            physic_info: 'String',
            physic_type: 'String',
            type: 'String',
            type_no: 'String',
            prepn_unit: 'String',
            pkg_num: 'String',
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
          },
        ],
      },
    ],
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.drugfactory.exportproject`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeDrugfactoryExportprojectOperation = {
  method: 'alibaba.alihealth.drugcode.drugfactory.exportproject',
  responseRoot: 'alibaba_alihealth_drugcode_drugfactory_exportproject_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导出项目和药品目录 — calls TOP method `alibaba.alihealth.drugcode.drugfactory.exportproject`.
 *
 * 导出临床项目及其药品目录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeDrugfactoryExportproject(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeDrugfactoryExportprojectRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeDrugfactoryExportprojectResponse> {
  return client.call<AlibabaAlihealthDrugcodeDrugfactoryExportprojectResponse>(
    {
      method: 'alibaba.alihealth.drugcode.drugfactory.exportproject',
      responseRoot: 'alibaba_alihealth_drugcode_drugfactory_exportproject_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
