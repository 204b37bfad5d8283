// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.querydruginfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.querydruginfo` (码查询药品). */
export interface AlibabaAlihealthDrugKytQuerydruginfoRequest {
  /**
   * 码列表
   *
   * Max list size: 20
   */
  code_list: string[];
  /** 物流企业refentid */
  wuliu_ref_ent_id?: string;
  /** 生产企业refentid */
  huozhu_ref_ent_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.querydruginfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytQuerydruginfoResponse {
  /** 返回结果 */
  result?: AlibabaAlihealthDrugKytQuerydruginfoResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.querydruginfo`. */
export interface AlibabaAlihealthDrugKytQuerydruginfoResultModel {
  /** 返回业务对象 */
  model?: AlibabaAlihealthDrugKytQuerydruginfoCodeQueryDrugInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 调用是否成功 */
  success?: boolean;
}

/** `CodeQueryDrugInfoDto` of `alibaba.alihealth.drug.kyt.querydruginfo`. */
export interface AlibabaAlihealthDrugKytQuerydruginfoCodeQueryDrugInfoDto {
  /** 药品信息列表 */
  info_list?: AlibabaAlihealthDrugKytQuerydruginfoCodeFullInfoDto[];
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.kyt.querydruginfo`. */
export interface AlibabaAlihealthDrugKytQuerydruginfoCodeFullInfoDto {
  /** 药品生产信息 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugKytQuerydruginfoCodeProduceInfoDto;
  /** 药品追溯码 */
  code?: string;
  /** 药品信息 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugKytQuerydruginfoDrugEntBaseDto;
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.kyt.querydruginfo`. */
export interface AlibabaAlihealthDrugKytQuerydruginfoCodeProduceInfoDto {
  /** 生产信息列表 */
  produce_info_list?: AlibabaAlihealthDrugKytQuerydruginfoProduceInfoDto[];
  /** 包装比例 */
  pkg_ratio?: string;
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.kyt.querydruginfo`. */
export interface AlibabaAlihealthDrugKytQuerydruginfoProduceInfoDto {
  /** 有效期 */
  expire_date?: string;
  /** 生产批号 */
  batch_no?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 最小包装数量 */
  pkg_amount?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.kyt.querydruginfo`. */
export interface AlibabaAlihealthDrugKytQuerydruginfoDrugEntBaseDto {
  /** 包装规格 */
  pkg_spec?: string;
  /** 批准文号 */
  approval_licence_no?: string;
  /** 药品子类编码 */
  prod_code?: string;
  /** 药品通用名 */
  physic_name?: string;
  /** 药品编码 */
  physic_code?: string;
  /** 药品类别 */
  physic_type_desc?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 药品id */
  drug_ent_base_info_id?: string;
  /** 药品类型 */
  physic_type?: string;
}

const REQUEST_SCHEMA = {
  code_list: ['String'],
  wuliu_ref_ent_id: 'String',
  huozhu_ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      info_list: [
        {
          code_produce_info_d_t_o: {
            produce_info_list: [
              {
                expire_date: 'String',
                batch_no: 'String',
                produce_date: 'String',
                pkg_amount: 'String',
              },
            ],
            pkg_ratio: 'String',
          },
          code: 'String',
          drug_ent_base_d_t_o: {
            pkg_spec: 'String',
            approval_licence_no: 'String',
            prod_code: 'String',
            physic_name: 'String',
            physic_code: 'String',
            physic_type_desc: 'String',
            prepn_spec: 'String',
            drug_ent_base_info_id: 'String',
            physic_type: 'String',
          },
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.querydruginfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytQuerydruginfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.querydruginfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_querydruginfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码查询药品 — calls TOP method `alibaba.alihealth.drug.kyt.querydruginfo`.
 *
 * 通过追溯码查询药品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytQuerydruginfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytQuerydruginfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytQuerydruginfoResponse> {
  return client.call<AlibabaAlihealthDrugKytQuerydruginfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.querydruginfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_querydruginfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
