// Generated from specs/drugtrace/alibaba.alihealth.drug.code.kyt.dr.querycode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.kyt.dr.querycode` (多融根据码查询码信息). */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeRequest {
  /** 企业唯一标识（或appkey） */
  ref_ent_id: string;
  /**
   * 码列表
   *
   * Max list size: 1000
   */
  codes: string[];
}

/** Response of `alibaba.alihealth.drug.code.kyt.dr.querycode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugCodeKytDrQuerycodeResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.kyt.dr.querycode`. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeResultModel {
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugCodeKytDrQuerycodeCodeFullInfoDto[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  response_success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.code.kyt.dr.querycode`. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeCodeFullInfoDto {
  /** 码对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugCodeKytDrQuerycodeCodeStatusTypeDto;
  /** 追溯码 */
  code?: string;
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugCodeKytDrQuerycodePUserEntDto;
  /** 码包装层级 */
  package_level?: string;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugCodeKytDrQuerycodeDrugEntBaseDto;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugCodeKytDrQuerycodeCodeProduceInfoDto;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.code.kyt.dr.querycode`. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeCodeStatusTypeDto {
  /** 码状态（A:已激活;I:已核注;O:已核注;C:已注销;E:码不存在） */
  code_status?: string;
}

/** `PUserEntDto` of `alibaba.alihealth.drug.code.kyt.dr.querycode`. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodePUserEntDto {
  /** 企业id */
  ref_ent_id?: string;
  /** 企业名称 */
  ent_name?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.code.kyt.dr.querycode`. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeDrugEntBaseDto {
  /** 药品类型描述 */
  physic_type_desc?: string;
  /** 药品名称 */
  physic_name?: string;
  /** 有效期 */
  exprie?: string;
  /** 药品id */
  drug_ent_base_info_id?: string;
  /** 批准文号 */
  approval_licence_no?: string;
  /** 包装规格 */
  pkg_spec_crit?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 剂型描述 */
  prepn_type_desc?: string;
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.code.kyt.dr.querycode`. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeCodeProduceInfoDto {
  /** 生产信息集合 */
  produce_info_list?: AlibabaAlihealthDrugCodeKytDrQuerycodeProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.code.kyt.dr.querycode`. */
export interface AlibabaAlihealthDrugCodeKytDrQuerycodeProduceInfoDto {
  /** 生产日期 */
  produce_date_str?: string;
  /** 最小包装数量 */
  pkg_amount?: string;
  /** 有效期至 */
  expire_date?: string;
  /** 批次号 */
  batch_no?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        code_status_type_d_t_o: {
          code_status: 'String',
        },
        code: 'String',
        p_user_ent_d_t_o: {
          ref_ent_id: 'String',
          ent_name: 'String',
        },
        package_level: 'String',
        drug_ent_base_d_t_o: {
          physic_type_desc: 'String',
          physic_name: 'String',
          exprie: 'String',
          drug_ent_base_info_id: 'String',
          approval_licence_no: 'String',
          pkg_spec_crit: 'String',
          prepn_spec: 'String',
          prepn_type_desc: 'String',
        },
        code_produce_info_d_t_o: {
          produce_info_list: [
            {
              produce_date_str: 'String',
              pkg_amount: 'String',
              expire_date: 'String',
              batch_no: 'String',
            },
          ],
        },
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.kyt.dr.querycode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeKytDrQuerycodeOperation = {
  method: 'alibaba.alihealth.drug.code.kyt.dr.querycode',
  responseRoot: 'alibaba_alihealth_drug_code_kyt_dr_querycode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 多融根据码查询码信息 — calls TOP method `alibaba.alihealth.drug.code.kyt.dr.querycode`.
 *
 * 服务描述
 * 此接口，针对有码药品，提供可通过追溯码获取该药品的基础信息和生产状况信息。
 * 核查平台优先过滤非8开头的，长度非20位数字的码信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeKytDrQuerycode(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeKytDrQuerycodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeKytDrQuerycodeResponse> {
  return client.call<AlibabaAlihealthDrugCodeKytDrQuerycodeResponse>(
    {
      method: 'alibaba.alihealth.drug.code.kyt.dr.querycode',
      responseRoot: 'alibaba_alihealth_drug_code_kyt_dr_querycode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
