// Generated from specs/alihealthoutflow/alibaba.alihealth.outflow.drug.supervision.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.outflow.drug.supervision.query` (监管平台药品查询). */
export interface AlibabaAlihealthOutflowDrugSupervisionQueryRequest {
  /** 请求 */
  request1?: AlibabaAlihealthOutflowDrugSupervisionQueryOuterDrugVoInput;
}

/** Response of `alibaba.alihealth.outflow.drug.supervision.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthOutflowDrugSupervisionQueryResponse {
  /** alinkappserver系统返回的通用结果类 */
  service_result?: AlibabaAlihealthOutflowDrugSupervisionQueryServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OuterDrugVo` of `alibaba.alihealth.outflow.drug.supervision.query`. */
export interface AlibabaAlihealthOutflowDrugSupervisionQueryOuterDrugVoInput {
  /** 医院id */
  hos_id?: string;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 页码 */
  page_num?: Int64Input;
  /** 最后查询时间 */
  last_query_time?: DateInput;
}

/** `ServiceResult` of `alibaba.alihealth.outflow.drug.supervision.query`. */
export interface AlibabaAlihealthOutflowDrugSupervisionQueryServiceResult {
  /** 返回数据对象 */
  data?: AlibabaAlihealthOutflowDrugSupervisionQueryPage;
  /** success */
  success?: boolean;
  /** errCode */
  err_code?: string;
  /** errMessage */
  err_message?: string;
}

/** `Page` of `alibaba.alihealth.outflow.drug.supervision.query`. */
export interface AlibabaAlihealthOutflowDrugSupervisionQueryPage {
  /** 页对象 */
  pages?: AlibabaAlihealthOutflowDrugSupervisionQueryDrugDto[];
  /** 总数 */
  total_count?: Int64;
  /** 分页大小 */
  page_size?: Int64;
  /** 页码 */
  page_no?: Int64;
}

/** `DrugDto` of `alibaba.alihealth.outflow.drug.supervision.query`. */
export interface AlibabaAlihealthOutflowDrugSupervisionQueryDrugDto {
  /** 药品通用名拼音 */
  drug_common_name_py?: string;
  /** 药品名拼音 */
  drug_name_py?: string;
  /** 是否允许电子处方 */
  electric_pres?: boolean;
  /** 省平台ID */
  province_drug_code?: string;
  /** 适应症 */
  indication?: string;
  /** HIS药品名称 */
  his_drug_name?: string;
  /** 每次剂量单位 */
  single_dosage_unit?: string;
  /** 每次剂量值 */
  single_dosage?: string;
  /** 包装规格--最小销售单位 */
  pack_spec_sale_unit?: string;
  /** 包装规格--最小使用单位 */
  pack_spec_use_unit?: string;
  /** 包装规格--包装数量 */
  pack_spec_amount?: string;
  /** 包装单位-装量单位 */
  pack_unit?: string;
  /** 包装单位-装量值 */
  pack_qty?: string;
  /** 单价 */
  retail_price?: string;
  /** 医保编号 */
  medicare_no?: string;
  /** 用药途径编码 */
  drug_usage_code?: string;
  /** 用药途径 */
  drug_usage?: string;
  /** 频次编码 */
  frequency_code?: string;
  /** 频次 */
  frequency?: string;
  /** 药品本位码 */
  drug_basic_code?: string;
  /** 剂型 */
  dosage_form?: string;
  /** 国药准字 */
  approval_number?: string;
  /** 生产企业 */
  manufacture?: string;
  /** 处方展示规格 */
  pack_spec?: string;
  /** 医院编码 */
  drug_code?: string;
  /** 药品通用名 */
  drug_common_name?: string;
  /** 商品名 */
  drug_name?: string;
  /** 药品分类码 */
  drug_class_code?: string;
}

const REQUEST_SCHEMA = {
  request1: {
    hos_id: 'String',
    page_size: 'Number',
    page_num: 'Number',
    last_query_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: {
      pages: [
        {
          drug_common_name_py: 'String',
          drug_name_py: 'String',
          electric_pres: 'Boolean',
          province_drug_code: 'String',
          indication: 'String',
          his_drug_name: 'String',
          single_dosage_unit: 'String',
          single_dosage: 'String',
          pack_spec_sale_unit: 'String',
          pack_spec_use_unit: 'String',
          pack_spec_amount: 'String',
          pack_unit: 'String',
          pack_qty: 'String',
          retail_price: 'String',
          medicare_no: 'String',
          drug_usage_code: 'String',
          drug_usage: 'String',
          frequency_code: 'String',
          frequency: 'String',
          drug_basic_code: 'String',
          dosage_form: 'String',
          approval_number: 'String',
          manufacture: 'String',
          pack_spec: 'String',
          drug_code: 'String',
          drug_common_name: 'String',
          drug_name: 'String',
          drug_class_code: 'String',
        },
      ],
      total_count: 'Number',
      page_size: 'Number',
      page_no: 'Number',
    },
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.outflow.drug.supervision.query`: method, response root, request and response schemas. */
export const alibabaAlihealthOutflowDrugSupervisionQueryOperation = {
  method: 'alibaba.alihealth.outflow.drug.supervision.query',
  responseRoot: 'alibaba_alihealth_outflow_drug_supervision_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 监管平台药品查询 — calls TOP method `alibaba.alihealth.outflow.drug.supervision.query`.
 *
 * 获取监管平台药品数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthOutflowDrugSupervisionQuery(
  client: TopClient,
  request: AlibabaAlihealthOutflowDrugSupervisionQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthOutflowDrugSupervisionQueryResponse> {
  return client.call<AlibabaAlihealthOutflowDrugSupervisionQueryResponse>(
    {
      method: 'alibaba.alihealth.outflow.drug.supervision.query',
      responseRoot: 'alibaba_alihealth_outflow_drug_supervision_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
