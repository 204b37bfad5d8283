// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.yljg.query.relation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.yljg.query.relation` (单码关联关系查询). */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationRequest {
  /** 接口调用企业的唯一标识（接口调用者） */
  ref_ent_id: string;
  /** 追溯码 */
  code: string;
  /** 目标企业唯一标识（为哪个企业查询，一般与入参ref_ent_id一样） */
  des_ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drugtrace.top.yljg.query.relation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugtraceTopYljgQueryRelationResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationResultModel {
  /** model */
  model_list?: AlibabaAlihealthDrugtraceTopYljgQueryRelationCodeRelationDto[];
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  response_success?: boolean;
}

/** `CodeRelationDto` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationCodeRelationDto {
  /** 激活信息 */
  code_active_info_dto?: AlibabaAlihealthDrugtraceTopYljgQueryRelationCodeActiveInfoDto;
  /** 码关联关系 */
  code_relation_list?: AlibabaAlihealthDrugtraceTopYljgQueryRelationCodeInfo[];
  /** 是否是最小包装 */
  is_smallest?: string;
  /** 药品包装信息 */
  pkg_info_dto?: AlibabaAlihealthDrugtraceTopYljgQueryRelationPkgInfoDto;
  /** 药品基础信息 */
  base_infos_dto?: AlibabaAlihealthDrugtraceTopYljgQueryRelationBaseInfosDto;
  /** 生产信息 */
  produce_info_list?: AlibabaAlihealthDrugtraceTopYljgQueryRelationProduceInfoDto[];
}

/** `CodeActiveInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationCodeActiveInfoDto {
  /** 处理标志 */
  process_flag?: string;
  /** 状态 */
  status?: string;
  /** 关联关系类型 */
  relation_type?: string;
  /** 紧急人 */
  user_cert?: string;
  /** 生产编号 */
  prod_code?: string;
  /** 操作人姓名 */
  oper_ic_name?: string;
  /** 上传文件名 */
  upload_file_name?: string;
  /** 上传文件路径 */
  upload_file_path?: string;
  /** 激活时间 */
  active_date?: string;
  /** 企业ID */
  ref_ent_id?: string;
  /** 旧企业ID */
  ent_id?: string;
  /** 处理日期 */
  process_date?: string;
  /** 处理结束时间 */
  process_end_date?: string;
  /** 操作人编码 */
  oper_ic_code?: string;
  /** 上传标识 */
  upload_flag?: string;
  /** 激活时间 */
  crt_date?: string;
  /** 处理数量 */
  process_count?: string;
  /** 总激活数量 */
  active_count?: Int64;
  /** 最大包装数量 */
  other_num?: Int64;
  /** 小码数量 */
  small_num?: Int64;
  /** 关联关系文件上传日期 */
  crt_date_string?: string;
  /** 单据id */
  bill_in_id?: string;
  /** 激活信息id */
  code_active_info_id?: string;
}

/** `CodeInfo` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationCodeInfo {
  /** 码状态（A:已激活;I:已核注;O:已核销;C:已注销;S:已售出;E:码不存在） */
  status?: string;
  /** 追溯码 */
  code?: string;
  /** 码等级--展示等级 【相当于包装等级，1代表最大展示等级, 如：申请的包装比例是1:5:10, 对应的码展示等级就是 1、2、3, 代表大码、中码、小码】 */
  code_level?: string;
  /** 父码 */
  parent_code?: string;
  /** 码等级【1代表最小码 如：申请的包装比例是1:5:10, 对应的码等级就是3、2、1, 代表大码、中码、小码】 */
  code_pack_level?: string;
}

/** `PkgInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationPkgInfoDto {
  /** 码信息 */
  code_list?: string[];
}

/** `BaseInfosDto` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationBaseInfosDto {
  /** 药品基础信息 */
  base_info_list?: AlibabaAlihealthDrugtraceTopYljgQueryRelationBaseInfoDto[];
}

/** `BaseInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationBaseInfoDto {
  /** 药品信息 */
  physic_info?: string;
  /** 企业id */
  ref_ent_id?: string;
  /** 药品包装规格 */
  pkg_spec?: string;
  /** 药品制剂规格 */
  prepn_spec?: string;
  /** 药品制剂类型 */
  prepn_type?: string;
  /** 药品通用名称 */
  physic_name?: string;
  /** 药品包装比例 */
  pkg_ratio?: string;
  /** 药品有效期至 */
  exprie_date?: string;
  /** 药品生产批次号 */
  produce_batch_no?: string;
  /** 药品生产日期 */
  produce_date?: string;
  /** 药品自类编码 */
  sub_type_no?: string;
  /** 药品编号 */
  product_code?: string;
  /** 药品ID */
  prod_id?: string;
  /** 批准文号 */
  approve_no?: string;
  /** 药品类型 */
  physic_type?: string;
}

/** `ProduceInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.relation`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryRelationProduceInfoDto {
  /** 生产日期 */
  produce_date?: string;
  /** 有效期 */
  expire_date?: string;
  /** 批次号 */
  batch_no?: string;
  /** 码 */
  code?: string;
  /** 最小包装数量 */
  pkg_amount?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  code: 'String',
  des_ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        code_active_info_dto: {
          process_flag: 'String',
          status: 'String',
          relation_type: 'String',
          user_cert: 'String',
          prod_code: 'String',
          oper_ic_name: 'String',
          upload_file_name: 'String',
          upload_file_path: 'String',
          active_date: 'Date',
          ref_ent_id: 'String',
          ent_id: 'String',
          process_date: 'Date',
          process_end_date: 'Date',
          oper_ic_code: 'String',
          upload_flag: 'String',
          crt_date: 'Date',
          process_count: 'String',
          active_count: 'Number',
          other_num: 'Number',
          small_num: 'Number',
          crt_date_string: 'String',
          bill_in_id: 'String',
          code_active_info_id: 'String',
        },
        code_relation_list: [
          {
            status: 'String',
            code: 'String',
            code_level: 'String',
            parent_code: 'String',
            code_pack_level: 'String',
          },
        ],
        is_smallest: 'String',
        pkg_info_dto: {
          code_list: ['String'],
        },
        base_infos_dto: {
          base_info_list: [
            {
              physic_info: 'String',
              ref_ent_id: 'String',
              pkg_spec: 'String',
              prepn_spec: 'String',
              prepn_type: 'String',
              physic_name: 'String',
              pkg_ratio: 'String',
              exprie_date: 'String',
              produce_batch_no: 'String',
              produce_date: 'String',
              sub_type_no: 'String',
              product_code: 'String',
              prod_id: 'String',
              approve_no: 'String',
              physic_type: 'String',
            },
          ],
        },
        produce_info_list: [
          {
            produce_date: 'Date',
            expire_date: 'String',
            batch_no: 'String',
            code: 'String',
            pkg_amount: 'String',
          },
        ],
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugtrace.top.yljg.query.relation`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopYljgQueryRelationOperation = {
  method: 'alibaba.alihealth.drugtrace.top.yljg.query.relation',
  responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_query_relation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单码关联关系查询 — calls TOP method `alibaba.alihealth.drugtrace.top.yljg.query.relation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugtraceTopYljgQueryRelation(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopYljgQueryRelationRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopYljgQueryRelationResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopYljgQueryRelationResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.yljg.query.relation',
      responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_query_relation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
