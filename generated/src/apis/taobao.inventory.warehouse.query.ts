// Generated from specs/fenxiao/taobao.inventory.warehouse.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.warehouse.query` (分页查询商家仓信息). */
export interface TaobaoInventoryWarehouseQueryRequest {
  /** 页码 */
  page_no: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
}

/** Response of `taobao.inventory.warehouse.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryWarehouseQueryResponse {
  /** result */
  result?: TaobaoInventoryWarehouseQueryPaginationResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationResult` of `taobao.inventory.warehouse.query`. */
export interface TaobaoInventoryWarehouseQueryPaginationResult {
  /** 仓库信息数组 */
  data?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 页码 */
  page_no?: Int64;
  /** 页大小 */
  page_size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 总条数 */
  total_count?: Int64;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    error_code: 'String',
    error_msg: 'String',
    page_no: 'Number',
    page_size: 'Number',
    success: 'Boolean',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.inventory.warehouse.query`: method, response root, request and response schemas. */
export const taobaoInventoryWarehouseQueryOperation = {
  method: 'taobao.inventory.warehouse.query',
  responseRoot: 'inventory_warehouse_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询商家仓信息 — calls TOP method `taobao.inventory.warehouse.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryWarehouseQuery(
  client: TopClient,
  request: TaobaoInventoryWarehouseQueryRequest,
  options?: CallOptions,
): Promise<TaobaoInventoryWarehouseQueryResponse> {
  return client.call<TaobaoInventoryWarehouseQueryResponse>(
    {
      method: 'taobao.inventory.warehouse.query',
      responseRoot: 'inventory_warehouse_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
