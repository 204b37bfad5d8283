// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.drugrecal.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.drugrecal` (疫苗药品召回). */
export interface AlibabaAlihealthDrugKytDrDrugrecalRequest {
  /** 调用企业ID */
  ref_ent_id?: string;
  /** 召回开始时间 */
  recall_begin_time: string;
  /** 召回结束时间 */
  recall_end_time: string;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.drugrecal`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrDrugrecalResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytDrDrugrecalResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.drugrecal`. */
export interface AlibabaAlihealthDrugKytDrDrugrecalResult {
  /** 召回信息列表 */
  model_list?: AlibabaAlihealthDrugKytDrDrugrecalModel[];
  /** 服务返回编码 */
  msg_code?: string;
  /** 服务返回信息 */
  msg_info?: string;
  /** 是否成功 */
  is_success?: boolean;
}

/** `Model` of `alibaba.alihealth.drug.kyt.dr.drugrecal`. */
export interface AlibabaAlihealthDrugKytDrDrugrecalModel {
  /** 药品剂型 */
  prepn_type_desc?: string;
  /** 召回结束时间 */
  recall_end_date?: string;
  /** 药品批次编号 */
  product_batch_nos?: string;
  /** 药品生产企业名称 */
  prodcut_ent_name?: string;
  /** 药品批准文号 */
  approve_no?: string;
  /** 药品通用名称 */
  physic_name?: string;
  /** 召回范围(0全国1省2市) */
  recall_range?: string;
  /** 是否向消费者公开(1公开0不公开) */
  recall_open?: string;
  /** 批准状态(0未批准1已批准) */
  recall_audit_status?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 召回ID */
  recall_info_id?: string;
  /** 召回企业名称 */
  ent_name?: string;
  /** 召回性质(1实施召回2模拟召回) */
  recall_nature?: string;
  /** 召回原因 */
  recall_reason?: string;
  /** 召回单类型(1主动召回2责令召回) */
  recall_bill_type?: string;
  /** 召回状态(0未召回1召回中2召回结束) */
  recall_status?: string;
  /** 召回级别(1一级2二级3三级) */
  recall_level?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  recall_begin_time: 'String',
  recall_end_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        prepn_type_desc: 'String',
        recall_end_date: 'String',
        product_batch_nos: 'String',
        prodcut_ent_name: 'String',
        approve_no: 'String',
        physic_name: 'String',
        recall_range: 'String',
        recall_open: 'String',
        recall_audit_status: 'String',
        pkg_spec: 'String',
        prepn_spec: 'String',
        recall_info_id: 'String',
        ent_name: 'String',
        recall_nature: 'String',
        recall_reason: 'String',
        recall_bill_type: 'String',
        recall_status: 'String',
        recall_level: 'String',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.drugrecal`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrDrugrecalOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.drugrecal',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_drugrecal_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 疫苗药品召回 — calls TOP method `alibaba.alihealth.drug.kyt.dr.drugrecal`.
 *
 * 生产企业发布的召回信息，按照批次进行召回，收货和发货环节的单据处理中调用接口进行查询；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrDrugrecal(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrDrugrecalRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrDrugrecalResponse> {
  return client.call<AlibabaAlihealthDrugKytDrDrugrecalResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.drugrecal',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_drugrecal_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
