// Generated from specs/drugtrace/alibaba.alihealth.drug.code.kyt.yd.querycode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.kyt.yd.querycode` (查询追溯码对应的药品信息（药店）). */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeRequest {
  /** 企业唯一标识 */
  ref_ent_id: string;
  /**
   * 码列表
   *
   * Max list size: 1000
   */
  codes: string[];
}

/** Response of `alibaba.alihealth.drug.code.kyt.yd.querycode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugCodeKytYdQuerycodeResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.kyt.yd.querycode`. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeResultModel {
  /** 查询成功失败标记 */
  response_success?: boolean;
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugCodeKytYdQuerycodeCodeFullInfoDto[];
  /** 消息提示内容 */
  msg_info?: string;
  /** 消息码 */
  msg_code?: string;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.code.kyt.yd.querycode`. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeCodeFullInfoDto {
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugCodeKytYdQuerycodePUserEntDto;
  /** 追溯码 */
  code?: string;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugCodeKytYdQuerycodeCodeProduceInfoDto;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugCodeKytYdQuerycodeDrugEntBaseDto;
  /** 码对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugCodeKytYdQuerycodeCodeStatusTypeDto;
}

/** `PUserEntDto` of `alibaba.alihealth.drug.code.kyt.yd.querycode`. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodePUserEntDto {
  /** 企业名称 */
  ent_name?: string;
  /** 企业id */
  ref_ent_id?: string;
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.code.kyt.yd.querycode`. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeCodeProduceInfoDto {
  /** 生产信息 */
  produce_info_list?: AlibabaAlihealthDrugCodeKytYdQuerycodeProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.code.kyt.yd.querycode`. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeProduceInfoDto {
  /** 生产批次号 */
  batch_no?: string;
  /** 生产日期 */
  produce_date_str?: string;
  /** 有效期 */
  expire_date?: string;
  /** 最小包装数量 */
  pkg_amount?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.code.kyt.yd.querycode`. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeDrugEntBaseDto {
  /** 包装规格 */
  pkg_spec_crit?: string;
  /** 剂型描述 */
  prepn_type_desc?: string;
  /** 药品名称 */
  physic_name?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 药品id */
  drug_ent_base_info_id?: string;
  /** 药品类型描述 */
  physic_type_desc?: string;
  /** 有效期 */
  exprie?: string;
  /** 批准文号 */
  approval_licence_no?: string;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.code.kyt.yd.querycode`. */
export interface AlibabaAlihealthDrugCodeKytYdQuerycodeCodeStatusTypeDto {
  /** 码状态（A:已激活;I:已核注;O:已核注;C:已注销;E:码不存在） */
  code_status?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    response_success: 'Boolean',
    models: [
      {
        p_user_ent_d_t_o: {
          ent_name: 'String',
          ref_ent_id: 'String',
        },
        code: 'String',
        code_produce_info_d_t_o: {
          produce_info_list: [
            {
              batch_no: 'String',
              produce_date_str: 'String',
              expire_date: 'String',
              pkg_amount: 'String',
            },
          ],
        },
        drug_ent_base_d_t_o: {
          pkg_spec_crit: 'String',
          prepn_type_desc: 'String',
          physic_name: 'String',
          prepn_spec: 'String',
          drug_ent_base_info_id: 'String',
          physic_type_desc: 'String',
          exprie: 'String',
          approval_licence_no: 'String',
        },
        code_status_type_d_t_o: {
          code_status: 'String',
        },
      },
    ],
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.kyt.yd.querycode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeKytYdQuerycodeOperation = {
  method: 'alibaba.alihealth.drug.code.kyt.yd.querycode',
  responseRoot: 'alibaba_alihealth_drug_code_kyt_yd_querycode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询追溯码对应的药品信息（药店） — calls TOP method `alibaba.alihealth.drug.code.kyt.yd.querycode`.
 *
 * 此接口针对有码药品，提供可通过追溯码获取该药品的基础信息和生产信息；
 * 核查平台优先过滤非8开头的，长度非20位数字的码信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeKytYdQuerycode(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeKytYdQuerycodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeKytYdQuerycodeResponse> {
  return client.call<AlibabaAlihealthDrugCodeKytYdQuerycodeResponse>(
    {
      method: 'alibaba.alihealth.drug.code.kyt.yd.querycode',
      responseRoot: 'alibaba_alihealth_drug_code_kyt_yd_querycode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
