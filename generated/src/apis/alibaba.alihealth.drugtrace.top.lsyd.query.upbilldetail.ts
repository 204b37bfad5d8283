// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail` (根据单据号查询单据的详情信息【注意：查询的是本企业的单据】). */
export interface AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailRequest {
  /** 单据号码 */
  bill_code: string;
  /** 本企业refEntId */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail`. */
export interface AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailResultModel {
  /** 对象模型信息 */
  model?: AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailBillInOutDetailDto;
  /** 消息码 */
  msg_code?: string;
  /** 消息 */
  msg_info?: string;
  /** 成功失败 */
  response_success?: boolean;
}

/** `BillInOutDetailDto` of `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail`. */
export interface AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailBillInOutDetailDto {
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
  bill_chk_in_out_detail_list_d_t_o_list?: AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailBillchkinoutdetaillistdtolist[];
}

/** `Billchkinoutdetaillistdtolist` of `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail`. */
export interface AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailBillchkinoutdetaillistdtolist {
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
  /** 码列表（预留属性，暂无返回） */
  code_and_parent_list?: AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailCodeandparentlist[];
  /** 国药准字 */
  approve_no?: string;
}

/** `Codeandparentlist` of `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail`. */
export interface AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailCodeandparentlist {
  /** 追溯码 */
  code?: string;
  /** 码级别 */
  code_level?: string;
  /** 父码 */
  parent_code?: string;
}

const REQUEST_SCHEMA = {
  bill_code: 'String',
  ref_ent_id: 'String',
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
          code_and_parent_list: [
            {
              code: 'String',
              code_level: 'String',
              parent_code: 'String',
            },
          ],
          approve_no: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopLsydQueryUpbilldetailOperation = {
  method: 'alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail',
  responseRoot: 'alibaba_alihealth_drugtrace_top_lsyd_query_upbilldetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据单据号查询单据的详情信息【注意：查询的是本企业的单据】 — calls TOP method `alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail`.
 *
 * 根据单据号查询单据的详情信息【注意：这个接口查询的是本企业的单据，如果是查询上游的单据明细信息，使用xxxxxxx.listupout.detail接口】。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugtraceTopLsydQueryUpbilldetail(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopLsydQueryUpbilldetailResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.lsyd.query.upbilldetail',
      responseRoot: 'alibaba_alihealth_drugtrace_top_lsyd_query_upbilldetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
