// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.wes.searchbill.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.wes.searchbill.detail` (查询单据详情). */
export interface AlibabaAlihealthDrugKytWesSearchbillDetailRequest {
  /** 企业refEntId */
  ref_ent_id: string;
  /** licenseToken */
  license_token: string;
  /** billCode */
  bill_code: string;
  /** 是否显示单据中的码( 1：显示 0：不显示 ) */
  show_code: string;
}

/** Response of `alibaba.alihealth.drug.kyt.wes.searchbill.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytWesSearchbillDetailResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytWesSearchbillDetailResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.wes.searchbill.detail`. */
export interface AlibabaAlihealthDrugKytWesSearchbillDetailResultModel {
  /** 对象模型信息 */
  model?: AlibabaAlihealthDrugKytWesSearchbillDetailBillInOutDetailDto;
  /** 消息码 */
  msg_code?: string;
  /** 消息 */
  msg_info?: string;
  /** 成功失败 */
  response_success?: boolean;
}

/** `BillInOutDetailDto` of `alibaba.alihealth.drug.kyt.wes.searchbill.detail`. */
export interface AlibabaAlihealthDrugKytWesSearchbillDetailBillInOutDetailDto {
  /** 修改时间 */
  mod_date?: string;
  /** 处理时间 */
  process_date?: string;
  /** 单据日期 */
  bill_time?: string;
  /** 收货企业id */
  to_user_id?: string;
  /** 收货企业名称 */
  to_ent_name?: string;
  /** 发货企业id */
  from_user_id?: string;
  /** 发货企业名称 */
  from_ent_name?: string;
  /** 单据类型名称 */
  bill_type_name?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 单据号码 */
  bill_code?: string;
  /** 单据详情 */
  bill_chk_in_out_detail_list_d_t_o_list?: AlibabaAlihealthDrugKytWesSearchbillDetailBillchkinoutdetaillistdtolist[];
  /** 单据中的码 */
  codes?: string[];
}

/** `Billchkinoutdetaillistdtolist` of `alibaba.alihealth.drug.kyt.wes.searchbill.detail`. */
export interface AlibabaAlihealthDrugKytWesSearchbillDetailBillchkinoutdetaillistdtolist {
  /** 有效期至 */
  expired_date?: string;
  /** 生产企业名称 */
  produce_ent_name?: string;
  /** 子类编码 */
  prod_code?: string;
  /** 子类编码前7位 */
  product_code?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 批次号 */
  product_batch_no?: string;
  /** 药品id */
  drug_ent_base_info_id?: string;
  /** 药品名称 */
  physic_name?: string;
  /** 制剂单位 */
  preparations_unit?: string;
  /** 包装规格 */
  temp_pkg_spec?: string;
  /** 最小制剂数量 */
  min_preparations_count?: string;
  /** 最小包装数量 */
  min_pkg_count?: string;
  /** 药品类型名称 */
  physic_type_name?: string;
  /** 药品类型编码 */
  physic_type?: string;
  /** 国药准字 */
  approve_no?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  license_token: 'String',
  bill_code: 'String',
  show_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      mod_date: 'String',
      process_date: 'String',
      bill_time: 'String',
      to_user_id: 'String',
      to_ent_name: 'String',
      from_user_id: 'String',
      from_ent_name: 'String',
      bill_type_name: 'String',
      bill_type: 'String',
      bill_code: 'String',
      bill_chk_in_out_detail_list_d_t_o_list: [
        {
          expired_date: 'String',
          produce_ent_name: 'String',
          prod_code: 'String',
          product_code: 'String',
          produce_date: 'String',
          product_batch_no: 'String',
          drug_ent_base_info_id: 'String',
          physic_name: 'String',
          preparations_unit: 'String',
          temp_pkg_spec: 'String',
          min_preparations_count: 'String',
          min_pkg_count: 'String',
          physic_type_name: 'String',
          physic_type: 'String',
          approve_no: 'String',
        },
      ],
      codes: ['String'],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.wes.searchbill.detail`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytWesSearchbillDetailOperation = {
  method: 'alibaba.alihealth.drug.kyt.wes.searchbill.detail',
  responseRoot: 'alibaba_alihealth_drug_kyt_wes_searchbill_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单据详情 — calls TOP method `alibaba.alihealth.drug.kyt.wes.searchbill.detail`.
 *
 * 根据单据号码查询码单据详情和码信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytWesSearchbillDetail(
  client: TopClient,
  request: AlibabaAlihealthDrugKytWesSearchbillDetailRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytWesSearchbillDetailResponse> {
  return client.call<AlibabaAlihealthDrugKytWesSearchbillDetailResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.wes.searchbill.detail',
      responseRoot: 'alibaba_alihealth_drug_kyt_wes_searchbill_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
