// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.querybatchprod.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.querybatchprod` (批次产品查询(根据企业名和批次号查询产品信息)). */
export interface AlibabaAlihealthDrugKytQuerybatchprodRequest {
  /** 生产企业名称；支持新老企业名称匹配 */
  product_ent_name: string;
  /** 生产批号;支持大小写模糊匹配 */
  product_batch_no: string;
  /** 社保局(所属地市名称) */
  bureau_name: string;
  /** 请求终端名称 */
  terminal_name: string;
  /** 终端类型：1005100-零售，1005200-医疗 */
  terminal_type: string;
  /** 调用方式：formal-正式、test-测试 */
  invocation: string;
}

/** Response of `alibaba.alihealth.drug.kyt.querybatchprod`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytQuerybatchprodResponse {
  /** 接口返回结果 */
  result?: AlibabaAlihealthDrugKytQuerybatchprodResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.querybatchprod`. */
export interface AlibabaAlihealthDrugKytQuerybatchprodResult {
  /** 是否成功 */
  success?: boolean;
  /** 批次产品信息DTO */
  models?: AlibabaAlihealthDrugKytQuerybatchprodBatchProductInfoDTO[];
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `BatchProductInfoDTO` of `alibaba.alihealth.drug.kyt.querybatchprod`. */
export interface AlibabaAlihealthDrugKytQuerybatchprodBatchProductInfoDTO {
  /** 生产企业名称 */
  ent_name?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 生产日期 */
  product_date?: string;
  /** 生产批号 */
  produce_batch_no?: string;
  /** 药品唯一ID */
  drug_ent_base_id?: string;
  /** 药品通用名 */
  physic_name?: string;
  /** 失效日期 */
  expire_date?: string;
  /** 生产企业唯一ID */
  ref_ent_id?: string;
  /** 生产企业流水ID */
  curr_ent_id?: string;
  /** 剂型 */
  prepn_type?: string;
  /** 药品本位码 */
  sdc_code?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 批准文号 */
  approval_licence_no?: string;
}

const REQUEST_SCHEMA = {
  product_ent_name: 'String',
  product_batch_no: 'String',
  bureau_name: 'String',
  terminal_name: 'String',
  terminal_type: 'String',
  invocation: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    models: [
      {
        ent_name: 'String',
        pkg_spec: 'String',
        product_date: 'String',
        produce_batch_no: 'String',
        drug_ent_base_id: 'String',
        physic_name: 'String',
        expire_date: 'String',
        ref_ent_id: 'String',
        curr_ent_id: 'String',
        prepn_type: 'String',
        sdc_code: 'String',
        prepn_spec: 'String',
        approval_licence_no: 'String',
      },
    ],
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.querybatchprod`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytQuerybatchprodOperation = {
  method: 'alibaba.alihealth.drug.kyt.querybatchprod',
  responseRoot: 'alibaba_alihealth_drug_kyt_querybatchprod_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批次产品查询(根据企业名和批次号查询产品信息) — calls TOP method `alibaba.alihealth.drug.kyt.querybatchprod`.
 *
 * 根据企业名和批次号查询药品信息，支持使用更名之前的老企业名查询，支持批次号大小写模糊，应用于药店或医院入库环节，通过在入库环节获取赋码的产品目录，可强制要求对相应的产品必须进行扫码入库；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytQuerybatchprod(
  client: TopClient,
  request: AlibabaAlihealthDrugKytQuerybatchprodRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytQuerybatchprodResponse> {
  return client.call<AlibabaAlihealthDrugKytQuerybatchprodResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.querybatchprod',
      responseRoot: 'alibaba_alihealth_drug_kyt_querybatchprod_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
