// Generated from specs/drugtrace/alibaba.alihealth.drug.code.kyt.querycode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.kyt.querycode` (查询追溯码对应的药品信息). */
export interface AlibabaAlihealthDrugCodeKytQuerycodeRequest {
  /** 企业唯一标识 */
  ref_ent_id: string;
  /**
   * 码列表【多个码用逗号分隔的字符串。要求数量在1000个码以下，但一般不要传这么多，如果网络不好很容易传输一半报错】
   *
   * Max list size: 1000
   */
  codes: string[];
}

/** Response of `alibaba.alihealth.drug.code.kyt.querycode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugCodeKytQuerycodeResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.kyt.querycode`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeResultModel {
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugCodeKytQuerycodeCodeFullInfoDto[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  response_success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.code.kyt.querycode`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeCodeFullInfoDto {
  /** 码对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugCodeKytQuerycodeCodeStatusTypeDto;
  /** 追溯码 */
  code?: string;
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugCodeKytQuerycodePUserEntDto;
  /** 码包装层级，1代表最小包装。如：申请的包装比例是1:5:10, 对应的包装等级就是 3、2、1，代表大包装、中包装、小包装 */
  package_level?: string;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugCodeKytQuerycodeDrugEntBaseDto;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugCodeKytQuerycodeCodeProduceInfoDto;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.code.kyt.querycode`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeCodeStatusTypeDto {
  /** 码状态（I核注O核销A激活C注销E错误码） */
  code_status?: string;
}

/** `PUserEntDto` of `alibaba.alihealth.drug.code.kyt.querycode`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodePUserEntDto {
  /** 企业id */
  ref_ent_id?: string;
  /** 企业名称 */
  ent_name?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.code.kyt.querycode`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeDrugEntBaseDto {
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
  /** 小包下的制剂数量 */
  pkg_num?: string;
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.code.kyt.querycode`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeCodeProduceInfoDto {
  /** 生产信息集合 */
  produce_info_list?: AlibabaAlihealthDrugCodeKytQuerycodeProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.code.kyt.querycode`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeProduceInfoDto {
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
          pkg_num: 'String',
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

/** Static description of `alibaba.alihealth.drug.code.kyt.querycode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeKytQuerycodeOperation = {
  method: 'alibaba.alihealth.drug.code.kyt.querycode',
  responseRoot: 'alibaba_alihealth_drug_code_kyt_querycode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询追溯码对应的药品信息 — calls TOP method `alibaba.alihealth.drug.code.kyt.querycode`.
 *
 * 此接口针对有码药品，提供可通过追溯码获取该药品的基础信息和生产信息；
 * 核查平台优先过滤非8开头的，长度非20位数字的码信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeKytQuerycode(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeKytQuerycodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeKytQuerycodeResponse> {
  return client.call<AlibabaAlihealthDrugCodeKytQuerycodeResponse>(
    {
      method: 'alibaba.alihealth.drug.code.kyt.querycode',
      responseRoot: 'alibaba_alihealth_drug_code_kyt_querycode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
