// Generated from specs/drugtrace/alibaba.alihealth.drug.code.kyt.querycodeflow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.kyt.querycodeflow` (码流向查询). */
export interface AlibabaAlihealthDrugCodeKytQuerycodeflowRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 追溯码 */
  code: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 查询地所在省 */
  query_prov?: string;
  /** 查询地所在市 */
  query_city?: string;
  /** 查询地所在区 */
  query_area?: string;
  /** 查询地所在区域代码 */
  query_region_code?: string;
  /** 详细地址 */
  detail?: string;
}

/** Response of `alibaba.alihealth.drug.code.kyt.querycodeflow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeflowResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugCodeKytQuerycodeflowResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.code.kyt.querycodeflow`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeflowResult {
  /** 是否成功 */
  success?: boolean;
  /** model */
  model?: AlibabaAlihealthDrugCodeKytQuerycodeflowModel;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `Model` of `alibaba.alihealth.drug.code.kyt.querycodeflow`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeflowModel {
  /** 追溯码 */
  code?: string;
  /** 流向信息，如没有下游企业数据查看权限，部分数据会显示为空，发送授权邀请后可以正常显示 */
  code_query_flows?: AlibabaAlihealthDrugCodeKytQuerycodeflowCodeQueryFlows[];
  /** 药品信息 */
  drug_info?: AlibabaAlihealthDrugCodeKytQuerycodeflowDrugInfo;
  /** 父码 */
  parent_code?: string;
}

/** `CodeQueryFlows` of `alibaba.alihealth.drug.code.kyt.querycodeflow`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeflowCodeQueryFlows {
  /** 入库单委托单位 */
  from_ass_ref_entname?: string;
  /** 出库日期 */
  out_date?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 出库单委托单位 */
  to_ass_ref_ent_name?: string;
  /** 级别，0：生产，1：一级经销商，2：二级经销商，3：三级经销商 */
  level?: string;
  /** 入库日期 */
  in_date?: string;
  /** 出库单类型 */
  out_type?: string;
  /** 出库单委托企业ID */
  to_ass_ref_ent_id?: string;
  /** 企业类型 */
  ent_type?: string;
  /** 是否授权 */
  authority?: string;
  /** 企业ID */
  ref_ent_id?: string;
  /** 企业类型code */
  ent_type_code?: string;
  /** 行政区域 */
  region?: string;
  /** 入库类型 */
  in_type?: string;
  /** 入库委托企业ID */
  from_ass_ref_ent_id?: string;
  /** 疑似单据存在异常， 为空或否：不存在异常 是：存在异常 */
  flag?: string;
}

/** `DrugInfo` of `alibaba.alihealth.drug.code.kyt.querycodeflow`. */
export interface AlibabaAlihealthDrugCodeKytQuerycodeflowDrugInfo {
  /** 有效期 */
  expiry_date?: string;
  /** 药品目录ID */
  drug_base_info_id?: string;
  /** 生产日期 */
  production_date?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
  /** 生产批号 */
  production_batch?: string;
  /** 药品名称 */
  drug_name?: string;
  /** 批准文号 */
  license_number?: string;
  /** 制剂类型 */
  prepn_type?: string;
  /** 规格 */
  specifications?: string;
  /** 生产企业 */
  manufacturer?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  code: 'String',
  longitude: 'String',
  latitude: 'String',
  query_prov: 'String',
  query_city: 'String',
  query_area: 'String',
  query_region_code: 'String',
  detail: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model: {
      code: 'String',
      code_query_flows: [
        {
          from_ass_ref_entname: 'String',
          out_date: 'String',
          ent_name: 'String',
          to_ass_ref_ent_name: 'String',
          level: 'String',
          in_date: 'String',
          out_type: 'String',
          to_ass_ref_ent_id: 'String',
          ent_type: 'String',
          authority: 'String',
          ref_ent_id: 'String',
          ent_type_code: 'String',
          region: 'String',
          in_type: 'String',
          from_ass_ref_ent_id: 'String',
          flag: 'String',
        },
      ],
      drug_info: {
        expiry_date: 'String',
        drug_base_info_id: 'String',
        production_date: 'String',
        pkg_spec: 'String',
        drug_ent_base_info_id: 'String',
        production_batch: 'String',
        drug_name: 'String',
        license_number: 'String',
        prepn_type: 'String',
        specifications: 'String',
        manufacturer: 'String',
      },
      parent_code: 'String',
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.kyt.querycodeflow`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeKytQuerycodeflowOperation = {
  method: 'alibaba.alihealth.drug.code.kyt.querycodeflow',
  responseRoot: 'alibaba_alihealth_drug_code_kyt_querycodeflow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码流向查询 — calls TOP method `alibaba.alihealth.drug.code.kyt.querycodeflow`.
 *
 * 追溯码流向查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeKytQuerycodeflow(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeKytQuerycodeflowRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeKytQuerycodeflowResponse> {
  return client.call<AlibabaAlihealthDrugCodeKytQuerycodeflowResponse>(
    {
      method: 'alibaba.alihealth.drug.code.kyt.querycodeflow',
      responseRoot: 'alibaba_alihealth_drug_code_kyt_querycodeflow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
