// Generated from specs/drugtrace/alibaba.alihealth.drugcode.drugfactory.exportcategory.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.drugfactory.exportcategory` (导出临床药品目录). */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportcategoryRequest {
  /** 企业ID */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drugcode.drugfactory.exportcategory`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportcategoryResponse {
  /** 导出的药品目录 */
  model?: AlibabaAlihealthDrugcodeDrugfactoryExportcategoryProductDto[];
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductDto` of `alibaba.alihealth.drugcode.drugfactory.exportcategory`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportcategoryProductDto {
  /** 产品 码 */
  product_code?: string;
  /** 备注 */
  comment?: string;
  /** 子类 */
  sub_type_list?: AlibabaAlihealthDrugcodeDrugfactoryExportcategorySubType[];
  /** 药品名称 */
  product_name?: string;
}

/** `SubType` of `alibaba.alihealth.drugcode.drugfactory.exportcategory`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportcategorySubType {
  /** 制剂单位 */
  prepn_unit?: string;
  /** 包装单位 */
  pack_unit?: string;
  /** 药品类型 */
  physic_detail_type?: string;
  /** 包装数量 */
  pkg_num?: string;
  /** 类型 */
  type?: string;
  /** 包装规格 */
  package_spec?: string;
  /** 规格 */
  spec?: string;
  /** 子类编码 */
  type_no?: string;
  /** 资源码信息 */
  res_prod_codes?: AlibabaAlihealthDrugcodeDrugfactoryExportcategoryResProdCodes;
  /** 药品信息 */
  physic_info?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 有效期 */
  physic_expiry?: string;
  /** 批准文号 */
  authorized_no?: string;
  /** 有效期单位 */
  physic_expiry_unit?: string;
}

/** `ResProdCodes` of `alibaba.alihealth.drugcode.drugfactory.exportcategory`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportcategoryResProdCodes {
  /** 资源码 */
  res_code_list?: AlibabaAlihealthDrugcodeDrugfactoryExportcategoryResCode[];
}

/** `ResCode` of `alibaba.alihealth.drugcode.drugfactory.exportcategory`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryExportcategoryResCode {
  /** 码头 */
  code_version?: string;
  /** 码级别 */
  code_level?: string;
  /** 资源码值 */
  value?: string;
  /** 包装比例 */
  pkg_ratio?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: [
    {
      product_code: 'String',
      comment: 'String',
      sub_type_list: [
        {
          prepn_unit: 'String',
          pack_unit: 'String',
          physic_detail_type: 'String',
          pkg_num: 'String',
          type: 'String',
          package_spec: 'String',
          spec: 'String',
          type_no: 'String',
          res_prod_codes: {
            res_code_list: [
              {
                code_version: 'String',
                code_level: 'String',
                value: 'String',
                pkg_ratio: 'String',
              },
            ],
          },
          physic_info: 'String',
          physic_type: 'String',
          physic_expiry: 'String',
          authorized_no: 'String',
          physic_expiry_unit: 'String',
        },
      ],
      product_name: 'String',
    },
  ],
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.drugfactory.exportcategory`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeDrugfactoryExportcategoryOperation = {
  method: 'alibaba.alihealth.drugcode.drugfactory.exportcategory',
  responseRoot: 'alibaba_alihealth_drugcode_drugfactory_exportcategory_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导出临床药品目录 — calls TOP method `alibaba.alihealth.drugcode.drugfactory.exportcategory`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeDrugfactoryExportcategory(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeDrugfactoryExportcategoryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeDrugfactoryExportcategoryResponse> {
  return client.call<AlibabaAlihealthDrugcodeDrugfactoryExportcategoryResponse>(
    {
      method: 'alibaba.alihealth.drugcode.drugfactory.exportcategory',
      responseRoot: 'alibaba_alihealth_drugcode_drugfactory_exportcategory_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
