// Generated from specs/nrt/tmall.nrt.store.contract.syn.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.store.contract.syn` (喵零合同同步). */
export interface TmallNrtStoreContractSynRequest {
  /** 合同参数对象 */
  ea_store_contract_dto?: TmallNrtStoreContractSynNrtStoreContractDTOInput;
}

/** Response of `tmall.nrt.store.contract.syn`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtStoreContractSynResponse {
  /** 摊位id */
  data?: Int64;
  /** 错误码 */
  errcode?: string;
  /** 成功与否 */
  succ?: boolean;
  /** 错误信息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtStoreContractDTO` of `tmall.nrt.store.contract.syn`. */
export interface TmallNrtStoreContractSynNrtStoreContractDTOInput {
  /** 街道编码 */
  town_code?: Int64Input;
  /** 业务身份 */
  biz_code?: string;
  /** 详细地址 */
  short_address?: string;
  /** 老摊位钉钉部门 */
  old_store_ding_dept_id?: Int64Input;
  /** 经度 */
  lat?: Int64Input;
  /** 品牌名称 */
  brand_name?: string;
  /** 街道名称 */
  town_name?: string;
  /** 纬度 */
  lng?: Int64Input;
  /** 品牌id */
  brand_id?: Int64Input;
  /** 省份名称 */
  province_name?: string;
  /** 摊位编码 */
  store_code?: string;
  /** 合同状态 */
  status?: Int64Input;
  /** 卖场名称 */
  mall_name?: string;
  /** 老摊位编码 */
  old_store_contract_code?: string;
  /** 合同号 */
  code?: string;
  /** 区编码 */
  district_code?: Int64Input;
  /** 市编码 */
  city_code?: Int64Input;
  /** 经销商编码 */
  agency_code?: string;
  /** 类目名称 */
  category_name?: string;
  /** 城市名称 */
  city_name?: string;
  /** 卖场钉钉部门id */
  mall_ding_dept_id?: Int64Input;
  /** 卖场编码 */
  mall_code?: string;
  /** 摊位名称 */
  store_name?: string;
  /** 合同开始时间 */
  start_time?: DateInput;
  /** 幂等id */
  out_id?: string;
  /** 区名称 */
  district_name?: string;
  /** 摊位钉钉部门id */
  store_ding_dept_id?: Int64Input;
  /** 省编码 */
  province_code?: Int64Input;
  /** 经销商名称 */
  agency_name?: string;
  /** 老合同号 */
  old_code?: string;
  /** 合同结束时间 */
  end_time?: DateInput;
  /** 联系电话 */
  contact_phone?: string;
  /** 操作类型 */
  op_type?: string;
}

const REQUEST_SCHEMA = {
  ea_store_contract_dto: {
    town_code: 'Number',
    biz_code: 'String',
    short_address: 'String',
    old_store_ding_dept_id: 'Number',
    lat: 'Number',
    brand_name: 'String',
    town_name: 'String',
    lng: 'Number',
    brand_id: 'Number',
    province_name: 'String',
    store_code: 'String',
    status: 'Number',
    mall_name: 'String',
    old_store_contract_code: 'String',
    code: 'String',
    district_code: 'Number',
    city_code: 'Number',
    agency_code: 'String',
    category_name: 'String',
    city_name: 'String',
    mall_ding_dept_id: 'Number',
    mall_code: 'String',
    store_name: 'String',
    start_time: 'Date',
    out_id: 'String',
    district_name: 'String',
    store_ding_dept_id: 'Number',
    province_code: 'Number',
    agency_name: 'String',
    old_code: 'String',
    end_time: 'Date',
    contact_phone: 'String',
    op_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Number',
  errcode: 'String',
  succ: 'Boolean',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.store.contract.syn`: method, response root, request and response schemas. */
export const tmallNrtStoreContractSynOperation = {
  method: 'tmall.nrt.store.contract.syn',
  responseRoot: 'tmall_nrt_store_contract_syn_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵零合同同步 — calls TOP method `tmall.nrt.store.contract.syn`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtStoreContractSyn(
  client: TopClient,
  request: TmallNrtStoreContractSynRequest = {},
  options?: CallOptions,
): Promise<TmallNrtStoreContractSynResponse> {
  return client.call<TmallNrtStoreContractSynResponse>(
    {
      method: 'tmall.nrt.store.contract.syn',
      responseRoot: 'tmall_nrt_store_contract_syn_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
