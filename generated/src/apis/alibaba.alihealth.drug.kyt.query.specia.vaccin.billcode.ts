// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode` (根据单据编号查询单据明细). */
export interface AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeRequest {
  /** 单据号 */
  bill_code: string;
  /** 企业id */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode`. */
export interface AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeResultModel {
  /** 模型 */
  model?: AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeBillInOutDetailDto;
  /** 消息编码 */
  msg_code?: string;
  /** 消息内容 */
  msg_info?: string;
  /** 消息成功失败标记 */
  response_success?: boolean;
}

/** `BillInOutDetailDto` of `alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode`. */
export interface AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeBillInOutDetailDto {
  /** 单据号码 */
  bill_code?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 上传文件名称 */
  upload_file_name?: string;
  /** 单据类型名称 */
  bill_type_name?: string;
  /** 发货企业名称 */
  from_ent_name?: string;
  /** 发货企业id */
  from_user_id?: string;
  /** 收货企业名称 */
  to_ent_name?: string;
  /** 收货企业id */
  to_user_id?: string;
  /** 单据时间 */
  bill_time?: string;
  /** 处理时间 */
  process_date?: string;
  /** 修改时间 */
  mod_date?: string;
  /** 药品信息 */
  bill_chk_in_out_detail_list_d_t_o_list?: AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeBillchkinoutdetaillistdtolist[];
}

/** `Billchkinoutdetaillistdtolist` of `alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode`. */
export interface AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeBillchkinoutdetaillistdtolist {
  /** 最小制剂数量 */
  min_preparations_count?: string;
  /** 最小包装数量 */
  min_pkg_count?: string;
  /** 有效期至 */
  expired_date?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 批次号 */
  product_batch_no?: string;
  /** 生产企业名称 */
  produce_ent_name?: string;
  /** 药品类型名称 */
  physic_type_name?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 药品名称 */
  physic_name?: string;
  /** 制剂单位 */
  preparations_unit?: string;
  /** 子类编码前7位 */
  product_code?: string;
  /** 子类编码 */
  prod_code?: string;
  /** 药品id */
  drug_ent_base_info_id?: string;
  /** 国药准字 */
  approve_no?: string;
}

const REQUEST_SCHEMA = {
  bill_code: 'String',
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      bill_code: 'String',
      bill_type: 'String',
      upload_file_name: 'String',
      bill_type_name: 'String',
      from_ent_name: 'String',
      from_user_id: 'String',
      to_ent_name: 'String',
      to_user_id: 'String',
      bill_time: 'String',
      process_date: 'String',
      mod_date: 'String',
      bill_chk_in_out_detail_list_d_t_o_list: [
        {
          min_preparations_count: 'String',
          min_pkg_count: 'String',
          expired_date: 'String',
          produce_date: 'String',
          product_batch_no: 'String',
          produce_ent_name: 'String',
          physic_type_name: 'String',
          physic_type: 'String',
          physic_name: 'String',
          preparations_unit: 'String',
          product_code: 'String',
          prod_code: 'String',
          drug_ent_base_info_id: 'String',
          approve_no: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeOperation = {
  method: 'alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode',
  responseRoot: 'alibaba_alihealth_drug_kyt_query_specia_vaccin_billcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据单据编号查询单据明细 — calls TOP method `alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytQuerySpeciaVaccinBillcode(
  client: TopClient,
  request: AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeResponse> {
  return client.call<AlibabaAlihealthDrugKytQuerySpeciaVaccinBillcodeResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.query.specia.vaccin.billcode',
      responseRoot: 'alibaba_alihealth_drug_kyt_query_specia_vaccin_billcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
