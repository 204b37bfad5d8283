// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.wes.listupout.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.wes.listupout` (查询货主/本企业上游企业出库单据信息). */
export interface AlibabaAlihealthDrugKytWesListupoutRequest {
  /** 货主企业唯一标识（一般情况下填写自已企业） */
  ref_ent_id: string;
  /** licenseToken */
  license_token: string;
  /** 单据时间的开始日期（不写时分秒） */
  begin_date?: string;
  /** 单据时间的结束日期（不写时分秒） */
  end_date?: string;
  /** 发货单位 */
  from_user_id?: string;
  /** 生产批号 */
  produce_batch_no?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 状态 */
  status?: string;
  /** 单据号 */
  bill_code?: string;
  /** 页大小 */
  page_size: Int64Input;
  /** 页码 */
  page: Int64Input;
  /** 第三方物流企业唯一标识（只有代查其它企业数据时填写） */
  agent_ref_ent_id?: string;
  /** 单据上传的开始日期（不写时分秒） */
  upload_time_begin?: string;
  /** 单据上传的结束日期（不写时分秒） */
  upload_time_end?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.wes.listupout`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytWesListupoutResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytWesListupoutResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.wes.listupout`. */
export interface AlibabaAlihealthDrugKytWesListupoutResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytWesListupoutPageInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `PageInfoDto` of `alibaba.alihealth.drug.kyt.wes.listupout`. */
export interface AlibabaAlihealthDrugKytWesListupoutPageInfoDto {
  /** 返回列表 */
  result_list?: AlibabaAlihealthDrugKytWesListupoutBillUpOutDetailDo[];
  /** 总数 */
  total_num?: Int64;
}

/** `BillUpOutDetailDo` of `alibaba.alihealth.drug.kyt.wes.listupout`. */
export interface AlibabaAlihealthDrugKytWesListupoutBillUpOutDetailDo {
  /** 发货单位 */
  from_ent_name?: string;
  /** 最小码量 */
  code_count?: Int64;
  /** 失效日期 */
  exprie_date?: string;
  /** 厂商 */
  produce_ent_name?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 生产批号 */
  produce_batch_no?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 药品信息 */
  physic_info?: string;
  /** 药品名称 */
  physic_name?: string;
  /** 制剂数量 */
  prepn_count?: Int64;
  /** 发货单位REF_ENT_ID */
  from_ref_user_id?: string;
  /** 收货单位REF_ENT_ID */
  to_ref_user_id?: string;
  /** 单据时间 */
  bill_time?: string;
  /** 单据码 */
  bill_code?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 发货企业 */
  to_user_name?: string;
  /** 收货企业 */
  from_user_name?: string;
  /** 失效日期格式化 */
  exprie_date_format?: string;
  /** 单据时间格式化 */
  bill_time_format?: string;
  /** 单据ID */
  bill_out_id?: Int64;
  /** 制剂单位 */
  prepn_unit?: Int64;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
  /** 生产日期格式化 */
  produce_date_format?: string;
  /** 确认状态1未确认2已确认 */
  status?: string;
  /** 收货企业ent_id */
  to_user_id?: string;
  /** 发货企业ent_id */
  from_user_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  license_token: 'String',
  begin_date: 'String',
  end_date: 'String',
  from_user_id: 'String',
  produce_batch_no: 'String',
  drug_ent_base_info_id: 'String',
  bill_type: 'String',
  physic_type: 'String',
  status: 'String',
  bill_code: 'String',
  page_size: 'Number',
  page: 'Number',
  agent_ref_ent_id: 'String',
  upload_time_begin: 'String',
  upload_time_end: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      result_list: [
        {
          from_ent_name: 'String',
          code_count: 'Number',
          exprie_date: 'String',
          produce_ent_name: 'String',
          produce_date: 'String',
          produce_batch_no: 'String',
          pkg_spec: 'String',
          physic_info: 'String',
          physic_name: 'String',
          prepn_count: 'Number',
          from_ref_user_id: 'String',
          to_ref_user_id: 'String',
          bill_time: 'String',
          bill_code: 'String',
          bill_type: 'String',
          to_user_name: 'String',
          from_user_name: 'String',
          exprie_date_format: 'String',
          bill_time_format: 'String',
          bill_out_id: 'Number',
          prepn_unit: 'Number',
          prepn_spec: 'String',
          drug_ent_base_info_id: 'String',
          produce_date_format: 'String',
          status: 'String',
          to_user_id: 'String',
          from_user_id: 'String',
        },
      ],
      total_num: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.wes.listupout`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytWesListupoutOperation = {
  method: 'alibaba.alihealth.drug.kyt.wes.listupout',
  responseRoot: 'alibaba_alihealth_drug_kyt_wes_listupout_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询货主/本企业上游企业出库单据信息 — calls TOP method `alibaba.alihealth.drug.kyt.wes.listupout`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytWesListupout(
  client: TopClient,
  request: AlibabaAlihealthDrugKytWesListupoutRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytWesListupoutResponse> {
  return client.call<AlibabaAlihealthDrugKytWesListupoutResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.wes.listupout',
      responseRoot: 'alibaba_alihealth_drug_kyt_wes_listupout_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
