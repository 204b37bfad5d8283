// Generated from specs/wdk/alibaba.wdk.stock.real.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.stock.real.query` (仓内实时库存查询). */
export interface AlibabaWdkStockRealQueryRequest {
  /** 系统自动生成 */
  query: AlibabaWdkStockRealQueryWmsInventoryTopQueryInput;
}

/** Response of `alibaba.wdk.stock.real.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkStockRealQueryResponse {
  /** 结果 */
  result?: AlibabaWdkStockRealQueryResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WmsInventoryTopQuery` of `alibaba.wdk.stock.real.query`. */
export interface AlibabaWdkStockRealQueryWmsInventoryTopQueryInput {
  /** 仓库编号 */
  warehouse_code?: string;
  /** 查询页数 */
  query_page_num?: Int64Input;
}

/** `ResultDo` of `alibaba.wdk.stock.real.query`. */
export interface AlibabaWdkStockRealQueryResultDo {
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** result */
  data?: AlibabaWdkStockRealQueryInventoryTopResultBo;
}

/** `InventoryTopResultBo` of `alibaba.wdk.stock.real.query`. */
export interface AlibabaWdkStockRealQueryInventoryTopResultBo {
  /** inventoryInfoList */
  inventory_info_list?: AlibabaWdkStockRealQueryInventoryinfolist[];
  /** queryPageNum */
  query_page_num?: Int64;
  /** queryPageSize */
  query_page_size?: Int64;
  /** totalPageNum */
  total_page_num?: Int64;
}

/** `Inventoryinfolist` of `alibaba.wdk.stock.real.query`. */
export interface AlibabaWdkStockRealQueryInventoryinfolist {
  /** realInvent */
  real_invent?: string;
  /** storageUnit */
  storage_unit?: string;
  /** itemCode */
  item_code?: string;
}

const REQUEST_SCHEMA = {
  query: {
    warehouse_code: 'String',
    query_page_num: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    err_code: 'Number',
    success: 'Boolean',
    data: {
      inventory_info_list: [
        {
          real_invent: 'String',
          storage_unit: 'String',
          item_code: 'String',
        },
      ],
      query_page_num: 'Number',
      query_page_size: 'Number',
      total_page_num: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.stock.real.query`: method, response root, request and response schemas. */
export const alibabaWdkStockRealQueryOperation = {
  method: 'alibaba.wdk.stock.real.query',
  responseRoot: 'alibaba_wdk_stock_real_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓内实时库存查询 — calls TOP method `alibaba.wdk.stock.real.query`.
 *
 * 查询仓内实时库存信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkStockRealQuery(
  client: TopClient,
  request: AlibabaWdkStockRealQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkStockRealQueryResponse> {
  return client.call<AlibabaWdkStockRealQueryResponse>(
    {
      method: 'alibaba.wdk.stock.real.query',
      responseRoot: 'alibaba_wdk_stock_real_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
