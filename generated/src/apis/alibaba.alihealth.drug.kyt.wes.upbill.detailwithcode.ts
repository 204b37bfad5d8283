// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode` (查询上游出库单明细（带追溯码信息）). */
export interface AlibabaAlihealthDrugKytWesUpbillDetailwithcodeRequest {
  /** 企业id */
  ref_ent_id: string;
  /** 服务时间 */
  license_token: string;
  /** 单据号 */
  bill_code: string;
  /** 发货企业renEntId */
  from_ref_user_id: string;
  /** 收货企业refEntId */
  to_ref_user_id: string;
  /** 委托企业id */
  agent_ref_ent_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytWesUpbillDetailwithcodeResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytWesUpbillDetailwithcodeResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode`. */
export interface AlibabaAlihealthDrugKytWesUpbillDetailwithcodeResultModel {
  /** 最外层对象 */
  model?: AlibabaAlihealthDrugKytWesUpbillDetailwithcodeBillUpOutDetailDto;
  /** 提示信息编码 */
  msg_code?: string;
  /** 提示信息内容 */
  msg_info?: string;
  /** 成功失败标记 */
  success?: boolean;
}

/** `BillUpOutDetailDto` of `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode`. */
export interface AlibabaAlihealthDrugKytWesUpbillDetailwithcodeBillUpOutDetailDto {
  /** 单据编码 */
  bill_code?: string;
  /** 单据类型描述 */
  bill_type_name?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 发货企业名称 */
  ent_send_name?: string;
  /** 发货企业的ref_ent_id */
  ent_send_id?: string;
  /** 收货企业名称 */
  ent_recv_name?: string;
  /** 收货企业ref_ent_id */
  ent_recv_id?: string;
  /** 单据日期 */
  store_out_date?: string;
  /** 最后更新时间 */
  update_date?: string;
  /** 药品信息数据 */
  drug_infos_dto_list?: AlibabaAlihealthDrugKytWesUpbillDetailwithcodeDrugInfosDto[];
}

/** `DrugInfosDto` of `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode`. */
export interface AlibabaAlihealthDrugKytWesUpbillDetailwithcodeDrugInfosDto {
  /** 生产日期 */
  produce_date?: string;
  /** 生产企业名称 */
  product_ent_name?: string;
  /** 产品包装规格 */
  package_spec?: string;
  /** 药品商品名 */
  prod_name?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 制剂单位编码 */
  prepn_unit?: string;
  /** 批次号 */
  produce_batch_no?: string;
  /** 药品标识 */
  prod_seq_no?: string;
  /** 药品标识 */
  drug_ent_base_info_id?: string;
  /** 有效期至 */
  valid_end_date?: string;
  /** 按最小包装单位统计数量 */
  least_pkg_amount?: string;
  /** 按最小制剂单位统计数量 */
  least_prepn_amount?: string;
  /** 码信息 */
  code_info_list_dto_list?: AlibabaAlihealthDrugKytWesUpbillDetailwithcodeCodeInfoListDto[];
}

/** `CodeInfoListDto` of `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode`. */
export interface AlibabaAlihealthDrugKytWesUpbillDetailwithcodeCodeInfoListDto {
  /** 制剂规格 */
  prepn_spec?: string;
  /** 最小制剂数量 */
  prepn_amount?: string;
  /** 最小包装数量 */
  pkg_amount?: string;
  /** 监管码级别 */
  code_level?: string;
  /** 监管码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  license_token: 'String',
  bill_code: 'String',
  from_ref_user_id: 'String',
  to_ref_user_id: 'String',
  agent_ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      bill_code: 'String',
      bill_type_name: 'String',
      bill_type: 'String',
      ent_send_name: 'String',
      ent_send_id: 'String',
      ent_recv_name: 'String',
      ent_recv_id: 'String',
      store_out_date: 'String',
      update_date: 'String',
      drug_infos_dto_list: [
        {
          produce_date: 'String',
          product_ent_name: 'String',
          package_spec: 'String',
          prod_name: 'String',
          prepn_spec: 'String',
          prepn_unit: 'String',
          produce_batch_no: 'String',
          prod_seq_no: 'String',
          drug_ent_base_info_id: 'String',
          valid_end_date: 'String',
          least_pkg_amount: 'String',
          least_prepn_amount: 'String',
          code_info_list_dto_list: [
            {
              prepn_spec: 'String',
              prepn_amount: 'String',
              pkg_amount: 'String',
              code_level: 'String',
              code: 'String',
            },
          ],
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytWesUpbillDetailwithcodeOperation = {
  method: 'alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode',
  responseRoot: 'alibaba_alihealth_drug_kyt_wes_upbill_detailwithcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询上游出库单明细（带追溯码信息） — calls TOP method `alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode`.
 *
 * 查询上游出库单明细(带追溯码信息)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytWesUpbillDetailwithcode(
  client: TopClient,
  request: AlibabaAlihealthDrugKytWesUpbillDetailwithcodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytWesUpbillDetailwithcodeResponse> {
  return client.call<AlibabaAlihealthDrugKytWesUpbillDetailwithcodeResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.wes.upbill.detailwithcode',
      responseRoot: 'alibaba_alihealth_drug_kyt_wes_upbill_detailwithcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
