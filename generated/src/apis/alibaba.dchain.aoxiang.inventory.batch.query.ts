// Generated from specs/ascp/alibaba.dchain.aoxiang.inventory.batch.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.inventory.batch.query` (批量查询库存). */
export interface AlibabaDchainAoxiangInventoryBatchQueryRequest {
  /** 批量查询库存入参 */
  batch_query_inventory_request: AlibabaDchainAoxiangInventoryBatchQueryBatchQueryInventoryRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.inventory.batch.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangInventoryBatchQueryResponse {
  /** 返回结构体 */
  batch_query_inventory_response?: AlibabaDchainAoxiangInventoryBatchQueryBatchQueryInventoryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchQueryInventoryRequest` of `alibaba.dchain.aoxiang.inventory.batch.query`. */
export interface AlibabaDchainAoxiangInventoryBatchQueryBatchQueryInventoryRequestInput {
  /** 业务请求时间(毫秒数) */
  request_time: Int64Input;
  /** 业务请求ID */
  request_id: string;
  /** 货主编码；优仓分配，长度不会超过32位，不含特殊字符 */
  owner_code: string;
  /** 货品集合 */
  sc_item_list: AlibabaDchainAoxiangInventoryBatchQueryScItemInput[];
}

/** `ScItem` of `alibaba.dchain.aoxiang.inventory.batch.query`. */
export interface AlibabaDchainAoxiangInventoryBatchQueryScItemInput {
  /** 商家货品编码 */
  sc_item_code: string;
  /** 货品类型 1 (普通) 2 (组合) */
  sc_item_type: string;
  /** 仓库编码集合 */
  warehouse_codes: string[];
}

/** `BatchQueryInventoryResponse` of `alibaba.dchain.aoxiang.inventory.batch.query`. */
export interface AlibabaDchainAoxiangInventoryBatchQueryBatchQueryInventoryResponse {
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangInventoryBatchQueryBatchQueryInventoryResult;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

/** `BatchQueryInventoryResult` of `alibaba.dchain.aoxiang.inventory.batch.query`. */
export interface AlibabaDchainAoxiangInventoryBatchQueryBatchQueryInventoryResult {
  /** 结果明细 */
  detail?: AlibabaDchainAoxiangInventoryBatchQueryScItemInfo[];
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

/** `ScItemInfo` of `alibaba.dchain.aoxiang.inventory.batch.query`. */
export interface AlibabaDchainAoxiangInventoryBatchQueryScItemInfo {
  /** 货品id */
  sc_item_id?: string;
  /** 货品编码 */
  sc_item_code?: string;
  /** 仓编码 */
  warehouse_code?: string;
  /** 销售库存总数 */
  sale_total_count?: Int64;
  /** 销售库存占用 */
  sale_occupy_count?: Int64;
  /** 销售库存可用 */
  sale_remain_count?: Int64;
}

const REQUEST_SCHEMA = {
  batch_query_inventory_request: {
    request_time: 'Number',
    request_id: 'String',
    owner_code: 'String',
    sc_item_list: [
      {
        sc_item_code: 'String',
        sc_item_type: 'String',
        warehouse_codes: ['String'],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  batch_query_inventory_response: {
    data: {
      detail: [
        {
          sc_item_id: 'String',
          sc_item_code: 'String',
          warehouse_code: 'String',
          sale_total_count: 'Number',
          sale_occupy_count: 'Number',
          sale_remain_count: 'Number',
        },
      ],
      success: 'Boolean',
      message: 'String',
      code: 'String',
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.inventory.batch.query`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangInventoryBatchQueryOperation = {
  method: 'alibaba.dchain.aoxiang.inventory.batch.query',
  responseRoot: 'alibaba_dchain_aoxiang_inventory_batch_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询库存 — calls TOP method `alibaba.dchain.aoxiang.inventory.batch.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangInventoryBatchQuery(
  client: TopClient,
  request: AlibabaDchainAoxiangInventoryBatchQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangInventoryBatchQueryResponse> {
  return client.call<AlibabaDchainAoxiangInventoryBatchQueryResponse>(
    {
      method: 'alibaba.dchain.aoxiang.inventory.batch.query',
      responseRoot: 'alibaba_dchain_aoxiang_inventory_batch_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
