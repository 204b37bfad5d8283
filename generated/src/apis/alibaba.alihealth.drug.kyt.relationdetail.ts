// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.relationdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.relationdetail` (关联关系处理详情). */
export interface AlibabaAlihealthDrugKytRelationdetailRequest {
  /** 码激活文件上传信息标识 */
  code_active_info_id: string;
  /** 企业ID */
  ref_ent_id: string;
  /** 客户端ID【默认写2】 */
  client_type: string;
}

/** Response of `alibaba.alihealth.drug.kyt.relationdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytRelationdetailResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytRelationdetailResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.relationdetail`. */
export interface AlibabaAlihealthDrugKytRelationdetailResultModel {
  /** model */
  model?: AlibabaAlihealthDrugKytRelationdetailCodeRelationDetailDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  response_success?: boolean;
}

/** `CodeRelationDetailDto` of `alibaba.alihealth.drug.kyt.relationdetail`. */
export interface AlibabaAlihealthDrugKytRelationdetailCodeRelationDetailDto {
  /** 关系详情列表 */
  code_relation_detail_list?: AlibabaAlihealthDrugKytRelationdetailCodeRelationDetailListDo[];
  /** 文件信息 */
  code_relation_detail_info?: AlibabaAlihealthDrugKytRelationdetailCodeRelationDetailInfoDo;
}

/** `CodeRelationDetailListDo` of `alibaba.alihealth.drug.kyt.relationdetail`. */
export interface AlibabaAlihealthDrugKytRelationdetailCodeRelationDetailListDo {
  /** 包装规格= 数量+ 制剂单位/包装单位 */
  pkg_spec?: string;
  /** 制剂数量 */
  batch_num?: string;
  /** 生产负责人 */
  duty_man?: string;
  /** 激活数量(激活总量) */
  active_count?: string;
  /** 最大包装数量 */
  other_num?: string;
  /** 小码数量 */
  small_num?: string;
  /** 生产线 */
  produce_line?: string;
  /** 生产车间 */
  produce_factory?: string;
  /** 包装比例信息 */
  pkg_ratio?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 有效期至 */
  exprie_date?: string;
  /** 生产批次号 */
  produce_batch_no?: string;
  /** 药品商品基本信息标识 */
  drug_id?: string;
  /** 关联关系文件信息标识 */
  code_active_info_id?: string;
  /** 药品激活信息标识 */
  code_active_info_list_id?: string;
  /** 包装单位 */
  pkg_unit_desc?: string;
  /** 制剂单位 */
  prepn_unit_desc?: string;
}

/** `CodeRelationDetailInfoDo` of `alibaba.alihealth.drug.kyt.relationdetail`. */
export interface AlibabaAlihealthDrugKytRelationdetailCodeRelationDetailInfoDo {
  /** 处理日期 */
  process_date?: string;
  /** 关联模式[2 后关联] */
  relation_type?: string;
  /** 备注 */
  note?: string;
  /** 处理状态[1.待处理 3.处理成功 4.处理失败 ] */
  process_flag?: string;
  /** 上传者证书号 */
  user_cert?: string;
  /** 操作者姓名 */
  oper_ic_name?: string;
  /** 操作者编号 */
  oper_ic_code?: string;
  /** 关联关系文件名 */
  file_name?: string;
  /** 上传状态 */
  upload_flag?: string;
  /** 上传日期 */
  crt_date?: string;
  /** 建立日期 */
  active_date?: string;
  /** 最大包装数量 */
  other_num?: string;
  /** 小码数量 */
  small_num?: string;
  /** 激活数量(激活总量) */
  active_count?: string;
  /** 激活方式 */
  active_method?: string;
  /** 追溯码申请单 */
  apply_seq_no?: string;
  /** 码激活文件上传信息标识 */
  code_active_info_id?: string;
  /** 企业id */
  ent_id?: string;
}

const REQUEST_SCHEMA = {
  code_active_info_id: 'String',
  ref_ent_id: 'String',
  client_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      code_relation_detail_list: [
        {
          pkg_spec: 'String',
          batch_num: 'String',
          duty_man: 'String',
          active_count: 'String',
          other_num: 'String',
          small_num: 'String',
          produce_line: 'String',
          produce_factory: 'String',
          pkg_ratio: 'String',
          produce_date: 'String',
          exprie_date: 'String',
          produce_batch_no: 'String',
          drug_id: 'String',
          code_active_info_id: 'String',
          code_active_info_list_id: 'String',
          pkg_unit_desc: 'String',
          prepn_unit_desc: 'String',
        },
      ],
      code_relation_detail_info: {
        process_date: 'String',
        relation_type: 'String',
        note: 'String',
        process_flag: 'String',
        user_cert: 'String',
        oper_ic_name: 'String',
        oper_ic_code: 'String',
        file_name: 'String',
        upload_flag: 'String',
        crt_date: 'String',
        active_date: 'String',
        other_num: 'String',
        small_num: 'String',
        active_count: 'String',
        active_method: 'String',
        apply_seq_no: 'String',
        code_active_info_id: 'String',
        ent_id: 'String',
      },
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.relationdetail`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytRelationdetailOperation = {
  method: 'alibaba.alihealth.drug.kyt.relationdetail',
  responseRoot: 'alibaba_alihealth_drug_kyt_relationdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关联关系处理详情 — calls TOP method `alibaba.alihealth.drug.kyt.relationdetail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytRelationdetail(
  client: TopClient,
  request: AlibabaAlihealthDrugKytRelationdetailRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytRelationdetailResponse> {
  return client.call<AlibabaAlihealthDrugKytRelationdetailResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.relationdetail',
      responseRoot: 'alibaba_alihealth_drug_kyt_relationdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
