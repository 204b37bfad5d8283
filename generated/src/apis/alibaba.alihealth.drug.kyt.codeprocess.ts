// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.codeprocess.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.codeprocess` (关联关系处理查询). */
export interface AlibabaAlihealthDrugKytCodeprocessRequest {
  /** 开始时间 */
  start_date: string;
  /** 结束时间 */
  end_date: string;
  /** 上传标识 */
  upload_flag?: string;
  /** 处理状态(所有状态 A ,待处理 1 ,处理成功 3 ,处理失败 4) */
  process_flag: string;
  /** 批次号 */
  produce_batch_no?: string;
  /** 查询标识(处理状态查询 传0 , 关联关系个修改 传1) */
  query_flag: string;
  /** 药品类型（所有药品 A ，未分类 9， 特殊药品原料药 1， 特殊药品制 2， 普通药品 3） */
  physic_type: string;
  /** 生产企业ID */
  prod_seq_no?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 企业ID */
  ref_ent_id: string;
  /** 页数 */
  page: Int64Input;
  /** 条数 */
  page_size: Int64Input;
  /** 客户端 */
  client_type: string;
}

/** Response of `alibaba.alihealth.drug.kyt.codeprocess`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytCodeprocessResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytCodeprocessResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.codeprocess`. */
export interface AlibabaAlihealthDrugKytCodeprocessResultModel {
  /** 返回结果 */
  model?: AlibabaAlihealthDrugKytCodeprocessPageInfoDto;
  /** 错误信息码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 成功标识 */
  response_success?: boolean;
}

/** `PageInfoDto` of `alibaba.alihealth.drug.kyt.codeprocess`. */
export interface AlibabaAlihealthDrugKytCodeprocessPageInfoDto {
  /** 返回结果 */
  result_list?: AlibabaAlihealthDrugKytCodeprocessCodeActiveProcessDto[];
  /** 总条数 */
  total_num?: Int64;
  /** 每页几条 */
  page_size?: Int64;
  /** 第几页 */
  page?: Int64;
}

/** `CodeActiveProcessDto` of `alibaba.alihealth.drug.kyt.codeprocess`. */
export interface AlibabaAlihealthDrugKytCodeprocessCodeActiveProcessDto {
  /** 错误码信息 */
  note_info?: string;
  /** 删除原因 */
  delete_reason?: string;
  /** 操作人 */
  oper_name?: string;
  /** 码 */
  piats_code?: string;
  /** 处理日期 */
  process_date?: string;
  /** 制剂单位 */
  prepn_unit?: Int64;
  /** 企业ID */
  ref_ent_id?: string;
  /** 处理错误原因 */
  process_des?: string;
  /** 关联关系文件名 */
  file_name?: string;
  /** 处理状态 */
  process_flag?: string;
  /** 上传时间 */
  upload_date?: string;
  /** 上传状态 */
  upload_flag?: string;
  /** 有效期至 */
  exprie_date?: string;
  /** 生产时间 */
  produce_date?: string;
  /** 最小赋码包装单位编码 */
  pkg_unit_code?: string;
  /** 小码数量 */
  small_num?: string;
  /** 最大包装数量 */
  other_num?: string;
  /** 激活数量 */
  active_count?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 包装比例 */
  pkg_ratio?: string;
  /** 最小赋码包装单位描述 */
  pkg_unit_desc?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 药品批号 */
  produce_batch_no?: string;
  /** 剂型描述 */
  prepn_type_desc?: string;
  /** 药品通用名 */
  physic_name?: string;
  /** 药品信息 */
  physic_info?: string;
  /** 生产企业标识 */
  prod_seq_no?: string;
  /** 激活信息主键 */
  active_info_seq_no?: string;
}

const REQUEST_SCHEMA = {
  start_date: 'String',
  end_date: 'String',
  upload_flag: 'String',
  process_flag: 'String',
  produce_batch_no: 'String',
  query_flag: 'String',
  physic_type: 'String',
  prod_seq_no: 'String',
  drug_ent_base_info_id: 'String',
  pkg_spec: 'String',
  ref_ent_id: 'String',
  page: 'Number',
  page_size: 'Number',
  client_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      result_list: [
        {
          note_info: 'String',
          delete_reason: 'String',
          oper_name: 'String',
          piats_code: 'String',
          process_date: 'String',
          prepn_unit: 'Number',
          ref_ent_id: 'String',
          process_des: 'String',
          file_name: 'String',
          process_flag: 'String',
          upload_date: 'String',
          upload_flag: 'String',
          exprie_date: 'String',
          produce_date: 'String',
          pkg_unit_code: 'String',
          small_num: 'String',
          other_num: 'String',
          active_count: 'String',
          prepn_spec: 'String',
          pkg_ratio: 'String',
          pkg_unit_desc: 'String',
          pkg_spec: 'String',
          produce_batch_no: 'String',
          prepn_type_desc: 'String',
          physic_name: 'String',
          physic_info: 'String',
          prod_seq_no: 'String',
          active_info_seq_no: 'String',
        },
      ],
      total_num: 'Number',
      page_size: 'Number',
      page: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.codeprocess`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytCodeprocessOperation = {
  method: 'alibaba.alihealth.drug.kyt.codeprocess',
  responseRoot: 'alibaba_alihealth_drug_kyt_codeprocess_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关联关系处理查询 — calls TOP method `alibaba.alihealth.drug.kyt.codeprocess`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytCodeprocess(
  client: TopClient,
  request: AlibabaAlihealthDrugKytCodeprocessRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytCodeprocessResponse> {
  return client.call<AlibabaAlihealthDrugKytCodeprocessResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.codeprocess',
      responseRoot: 'alibaba_alihealth_drug_kyt_codeprocess_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
