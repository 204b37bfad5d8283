// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.wes.searchstatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.wes.searchstatus` (单据处理状态查询). */
export interface AlibabaAlihealthDrugKytWesSearchstatusRequest {
  /** 企业ref_ent_id（货主企业的ref_ent_id） */
  ref_ent_id: string;
  /** 服务时间 */
  license_token: string;
  /** 开始日期（没有时分秒，【单据创建时间】） */
  begin_date: string;
  /** 结束日期（没有时分秒，【单据创建时间】） */
  end_date: string;
  /** 单据类型 A：全部 AI：全部入库 AO：全部出库 */
  bill_type: string;
  /** 单据号（精确值，不支持模糊查询） */
  bill_code?: string;
  /** 药品类型 */
  drug_type?: string;
  /** 状态 0, 处理中 3, 处理成功 4, 处理失败 */
  deal_status?: string;
  /** 发货商 */
  from_user_id?: string;
  /** 收货商 */
  to_user_id?: string;
  /** 代理商（第三方物流企业） */
  agent_ref_user_id?: string;
  /** 页大小 */
  page_size: Int64Input;
  /** 页码 */
  page: Int64Input;
}

/** Response of `alibaba.alihealth.drug.kyt.wes.searchstatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytWesSearchstatusResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytWesSearchstatusResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.wes.searchstatus`. */
export interface AlibabaAlihealthDrugKytWesSearchstatusResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytWesSearchstatusPageInfoDto;
  /** 状态码 */
  msg_code?: string;
  /** 状态值 */
  msg_info?: string;
  /** 响应结果 */
  response_success?: boolean;
}

/** `PageInfoDto` of `alibaba.alihealth.drug.kyt.wes.searchstatus`. */
export interface AlibabaAlihealthDrugKytWesSearchstatusPageInfoDto {
  /** 总计 */
  total_num?: Int64;
  /** 返回列表 */
  result_list?: AlibabaAlihealthDrugKytWesSearchstatusBillDealStatusSearchDo[];
}

/** `BillDealStatusSearchDo` of `alibaba.alihealth.drug.kyt.wes.searchstatus`. */
export interface AlibabaAlihealthDrugKytWesSearchstatusBillDealStatusSearchDo {
  /** 单据号 */
  store_inout_seq_no?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 上传文件名 */
  upload_file_name?: string;
  /** 发货单位 */
  from_user_name?: string;
  /** 角色类型 */
  role_type?: string;
  /** 上传日期 */
  crt_date?: string;
  /** 操作人标识 */
  ic_code?: string;
  /** 文件名 */
  short_file_name?: string;
  /** 企业名称 */
  ref_user_name?: string;
  /** 单据日期 */
  bill_time?: string;
  /** 处理状态 0，处理中 1, 上传成功 3, 处理成功 4, 处理失败 */
  result_type?: string;
  /** 上传标识 */
  upload_flag?: string;
  /** 处理结果表状态(暂不用) */
  process_flag?: string;
  /** 处理日期 */
  process_date?: string;
  /** 单号号 */
  bill_code?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 收货单位 */
  to_user_name?: string;
  /** 发货单位主键 */
  from_user_id?: string;
  /** 发货单位唯一标识 */
  from_ref_user_id?: string;
  /** 收货单位主键 */
  to_user_id?: string;
  /** 用户唯一标识 */
  ref_user_id?: string;
  /** 收货单位唯一标识 */
  to_ref_user_id?: string;
  /** 用户主键 */
  user_id?: string;
  /** 处理信息 */
  process_info?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  license_token: 'String',
  begin_date: 'String',
  end_date: 'String',
  bill_type: 'String',
  bill_code: 'String',
  drug_type: 'String',
  deal_status: 'String',
  from_user_id: 'String',
  to_user_id: 'String',
  agent_ref_user_id: 'String',
  page_size: 'Number',
  page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      result_list: [
        {
          store_inout_seq_no: 'String',
          physic_type: 'String',
          upload_file_name: 'String',
          from_user_name: 'String',
          role_type: 'String',
          crt_date: 'String',
          ic_code: 'String',
          short_file_name: 'String',
          ref_user_name: 'String',
          bill_time: 'String',
          result_type: 'String',
          upload_flag: 'String',
          process_flag: 'String',
          process_date: 'String',
          bill_code: 'String',
          bill_type: 'String',
          to_user_name: 'String',
          from_user_id: 'String',
          from_ref_user_id: 'String',
          to_user_id: 'String',
          ref_user_id: 'String',
          to_ref_user_id: 'String',
          user_id: 'String',
          process_info: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.wes.searchstatus`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytWesSearchstatusOperation = {
  method: 'alibaba.alihealth.drug.kyt.wes.searchstatus',
  responseRoot: 'alibaba_alihealth_drug_kyt_wes_searchstatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单据处理状态查询 — calls TOP method `alibaba.alihealth.drug.kyt.wes.searchstatus`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytWesSearchstatus(
  client: TopClient,
  request: AlibabaAlihealthDrugKytWesSearchstatusRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytWesSearchstatusResponse> {
  return client.call<AlibabaAlihealthDrugKytWesSearchstatusResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.wes.searchstatus',
      responseRoot: 'alibaba_alihealth_drug_kyt_wes_searchstatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
