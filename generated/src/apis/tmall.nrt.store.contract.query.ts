// Generated from specs/nrt/tmall.nrt.store.contract.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.store.contract.query` (摊位合同查询接口). */
export interface TmallNrtStoreContractQueryRequest {
  /** 参数对象 */
  ea_store_contract_query?: TmallNrtStoreContractQueryNrtStoreQueryDTOInput;
}

/** Response of `tmall.nrt.store.contract.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtStoreContractQueryResponse {
  /** 参数对象 */
  data?: TmallNrtStoreContractQueryEaStoreContractDTO[];
  /** 错误码 */
  errcode?: string;
  /** 成功与否 */
  succ?: boolean;
  /** 错误信息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtStoreQueryDTO` of `tmall.nrt.store.contract.query`. */
export interface TmallNrtStoreContractQueryNrtStoreQueryDTOInput {
  /** 业务身份 */
  biz_code: string;
  /** 每页数量 */
  page_size: Int64Input;
  /** 页码 */
  page_num: Int64Input;
  /** 摊位编码 */
  store_code: string;
}

/** `EaStoreContractDTO` of `tmall.nrt.store.contract.query`. */
export interface TmallNrtStoreContractQueryEaStoreContractDTO {
  /** 合同号 */
  code?: string;
  /** 老合同号 */
  old_code?: string;
  /** 老摊位号 */
  old_store_contract_code?: string;
  /** 卖场编码 */
  mall_code?: string;
  /** 卖场名称 */
  mall_name?: string;
  /** 商户编码 */
  agency_code?: string;
  /** 商户名称 */
  agency_name?: string;
  /** 摊位编码 */
  store_code?: string;
  /** 摊位名称 */
  store_name?: string;
  /** 摊位id */
  store_id?: Int64;
  /** 合同开始时间 */
  start_time?: string;
  /** 合同结束时间 */
  end_time?: string;
  /** 合同状态 */
  status?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 品牌id */
  brand_id?: Int64;
  /** 类目名称 */
  category_name?: string;
  /** 卖场钉钉部门id */
  mall_ding_dept_id?: Int64;
  /** 摊位钉钉部门id */
  store_ding_dept_id?: Int64;
  /** 摊位老钉钉部门id */
  old_store_ding_dept_id?: Int64;
  /** 数据状态 */
  row_status?: Int64;
  /** 卖场id */
  mall_id?: Int64;
  /** 北京市xxx */
  short_address?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 扩展字段 */
  attributes?: string;
}

const REQUEST_SCHEMA = {
  ea_store_contract_query: {
    biz_code: 'String',
    page_size: 'Number',
    page_num: 'Number',
    store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      code: 'String',
      old_code: 'String',
      old_store_contract_code: 'String',
      mall_code: 'String',
      mall_name: 'String',
      agency_code: 'String',
      agency_name: 'String',
      store_code: 'String',
      store_name: 'String',
      store_id: 'Number',
      start_time: 'Date',
      end_time: 'Date',
      status: 'String',
      brand_name: 'String',
      brand_id: 'Number',
      category_name: 'String',
      mall_ding_dept_id: 'Number',
      store_ding_dept_id: 'Number',
      old_store_ding_dept_id: 'Number',
      row_status: 'Number',
      mall_id: 'Number',
      short_address: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      attributes: 'String',
    },
  ],
  errcode: 'String',
  succ: 'Boolean',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.store.contract.query`: method, response root, request and response schemas. */
export const tmallNrtStoreContractQueryOperation = {
  method: 'tmall.nrt.store.contract.query',
  responseRoot: 'tmall_nrt_store_contract_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 摊位合同查询接口 — calls TOP method `tmall.nrt.store.contract.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtStoreContractQuery(
  client: TopClient,
  request: TmallNrtStoreContractQueryRequest = {},
  options?: CallOptions,
): Promise<TmallNrtStoreContractQueryResponse> {
  return client.call<TmallNrtStoreContractQueryResponse>(
    {
      method: 'tmall.nrt.store.contract.query',
      responseRoot: 'tmall_nrt_store_contract_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
