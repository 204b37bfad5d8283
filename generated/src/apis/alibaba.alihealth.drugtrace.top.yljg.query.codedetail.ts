// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.yljg.query.codedetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail` (根据码查询码信息). */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailRequest {
  /** 企业唯一标识 */
  ref_ent_id: string;
  /**
   * 码列表【多个码用逗号拼接的字符串。要求数量在1000个码以下，但一般不要传这么多，如果网络不好很容易传输一半报错】
   *
   * Max list size: 1000
   */
  codes: string[];
}

/** Response of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailResultModel {
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailCodeFullInfoDto[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  response_success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailCodeFullInfoDto {
  /** 码对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailCodeStatusTypeDto;
  /** 追溯码 */
  code?: string;
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailPUserEntDto;
  /** 码等级【1代表最小码 如：申请的包装比例是1:5:10, 对应的码等级就是3、2、1, 代表大码、中码、小码】 */
  package_level?: string;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailDrugEntBaseDto;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailCodeProduceInfoDto;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailCodeStatusTypeDto {
  /** 码状态（A:已激活;I:已核注;O:已核销;C:已注销;S:已售出;E:码不存在） */
  code_status?: string;
}

/** `PUserEntDto` of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailPUserEntDto {
  /** 企业id */
  ref_ent_id?: string;
  /** 企业名称 */
  ent_name?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailDrugEntBaseDto {
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

/** `CodeProduceInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailCodeProduceInfoDto {
  /** 生产信息集合 */
  produce_info_list?: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryCodedetailProduceInfoDto {
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

/** Static description of `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopYljgQueryCodedetailOperation = {
  method: 'alibaba.alihealth.drugtrace.top.yljg.query.codedetail',
  responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_query_codedetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据码查询码信息 — calls TOP method `alibaba.alihealth.drugtrace.top.yljg.query.codedetail`.
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
export function alibabaAlihealthDrugtraceTopYljgQueryCodedetail(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopYljgQueryCodedetailRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopYljgQueryCodedetailResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopYljgQueryCodedetailResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.yljg.query.codedetail',
      responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_query_codedetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
