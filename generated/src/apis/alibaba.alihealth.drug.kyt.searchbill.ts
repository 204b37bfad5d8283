// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.searchbill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.searchbill` (通过时间段批量查询入出库单信息). */
export interface AlibabaAlihealthDrugKytSearchbillRequest {
  /** 企业标识 */
  ref_ent_id: string;
  /** 货主 */
  auth_ref_user_id: string;
  /** 开始日期 */
  begin_date: string;
  /** 结束日期 */
  end_date: string;
  /** 发货企业 */
  partner_id_send?: string;
  /** 收货企业 */
  partner_id_recv?: string;
  /** 代理企业 */
  agent_ref_user_id?: string;
  /** 单据号码 */
  bill_code?: string;
  /** 单据类型 A : 所有 AI :入库 AO:出库 */
  bill_type: string;
  /** 当前页 */
  cur_page: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.drug.kyt.searchbill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytSearchbillResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytSearchbillResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.searchbill`. */
export interface AlibabaAlihealthDrugKytSearchbillResultModel {
  /** 返回模型 */
  model?: AlibabaAlihealthDrugKytSearchbillPageInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 是否响应成功 */
  success?: boolean;
}

/** `PageInfoDto` of `alibaba.alihealth.drug.kyt.searchbill`. */
export interface AlibabaAlihealthDrugKytSearchbillPageInfoDto {
  /** 返回结果 */
  result_list?: AlibabaAlihealthDrugKytSearchbillBillChkInOutDo[];
  /** 总计 */
  total_num?: Int64;
}

/** `BillChkInOutDo` of `alibaba.alihealth.drug.kyt.searchbill`. */
export interface AlibabaAlihealthDrugKytSearchbillBillChkInOutDo {
  /** 单据类型 */
  bill_type?: string;
  /** 单号号码 */
  bill_code?: string;
  /** 发货企业ID */
  from_user_id?: string;
  /** 企业名称 */
  ref_user_name?: string;
  /** 企业ID */
  ref_user_id?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 上传文件名 */
  upload_file_name?: string;
  /** 发货单位 */
  from_user_name?: string;
  /** 收货单位 */
  to_user_id?: string;
  /** 生产企业ID */
  produce_ent_id?: string;
  /** 单据时间 */
  bill_time?: string;
  /** 角色类型 */
  user_role_type?: string;
  /** 处理日期 */
  process_date?: string;
  /** 单据ID */
  bill_id?: string;
  /** 收货单位 */
  to_user_name?: string;
  /** 代理企业 */
  agent_user_name?: string;
  /** 代理企业ID */
  agent_ref_user_id?: string;
  /** 单据类型 */
  bill_type_name?: string;
  /** 收货单位ID */
  to_ref_user_id?: string;
  /** 发货单位ID */
  from_ref_user_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  auth_ref_user_id: 'String',
  begin_date: 'String',
  end_date: 'String',
  partner_id_send: 'String',
  partner_id_recv: 'String',
  agent_ref_user_id: 'String',
  bill_code: 'String',
  bill_type: 'String',
  cur_page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      result_list: [
        {
          bill_type: 'String',
          bill_code: 'String',
          from_user_id: 'String',
          ref_user_name: 'String',
          ref_user_id: 'String',
          produce_date: 'String',
          upload_file_name: 'String',
          from_user_name: 'String',
          to_user_id: 'String',
          produce_ent_id: 'String',
          bill_time: 'String',
          user_role_type: 'String',
          process_date: 'String',
          bill_id: 'String',
          to_user_name: 'String',
          agent_user_name: 'String',
          agent_ref_user_id: 'String',
          bill_type_name: 'String',
          to_ref_user_id: 'String',
          from_ref_user_id: 'String',
        },
      ],
      total_num: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.searchbill`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytSearchbillOperation = {
  method: 'alibaba.alihealth.drug.kyt.searchbill',
  responseRoot: 'alibaba_alihealth_drug_kyt_searchbill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过时间段批量查询入出库单信息 — calls TOP method `alibaba.alihealth.drug.kyt.searchbill`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytSearchbill(
  client: TopClient,
  request: AlibabaAlihealthDrugKytSearchbillRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytSearchbillResponse> {
  return client.call<AlibabaAlihealthDrugKytSearchbillResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.searchbill',
      responseRoot: 'alibaba_alihealth_drug_kyt_searchbill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
