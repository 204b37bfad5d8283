// Generated from specs/lstwarehouse/alibaba.lst.trade.seller.warehouse.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.seller.warehouse.query` (供应商-本云商家-仓库查询接口). */
export interface AlibabaLstTradeSellerWarehouseQueryRequest {
  /** 入参 */
  warehouse_query_param: AlibabaLstTradeSellerWarehouseQueryWarehouseQueryParamInput;
}

/** Response of `alibaba.lst.trade.seller.warehouse.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeSellerWarehouseQueryResponse {
  /** 接口返回model */
  result?: AlibabaLstTradeSellerWarehouseQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseQueryParam` of `alibaba.lst.trade.seller.warehouse.query`. */
export interface AlibabaLstTradeSellerWarehouseQueryWarehouseQueryParamInput {
  /** 页码 */
  page: Int64Input;
  /** 每页最大记录数 */
  size: Int64Input;
}

/** `Result` of `alibaba.lst.trade.seller.warehouse.query`. */
export interface AlibabaLstTradeSellerWarehouseQueryResult {
  /** 总数 */
  total?: Int64;
  /** 每页最大记录数 */
  size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 页码 */
  page?: Int64;
  /** 记录 */
  content_list?: AlibabaLstTradeSellerWarehouseQueryContent[];
}

/** `Content` of `alibaba.lst.trade.seller.warehouse.query`. */
export interface AlibabaLstTradeSellerWarehouseQueryContent {
  /** 实仓：cainiao，商家仓：customer */
  warehouse_type?: string;
  /** 仓库名称 */
  warehouse_name?: string;
  /** 仓库code */
  warehouse_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_query_param: {
    page: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    size: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    page: 'Number',
    content_list: [
      {
        warehouse_type: 'String',
        warehouse_name: 'String',
        warehouse_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.seller.warehouse.query`: method, response root, request and response schemas. */
export const alibabaLstTradeSellerWarehouseQueryOperation = {
  method: 'alibaba.lst.trade.seller.warehouse.query',
  responseRoot: 'alibaba_lst_trade_seller_warehouse_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商-本云商家-仓库查询接口 — calls TOP method `alibaba.lst.trade.seller.warehouse.query`.
 *
 * 查询本地云仓商家的仓库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeSellerWarehouseQuery(
  client: TopClient,
  request: AlibabaLstTradeSellerWarehouseQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstTradeSellerWarehouseQueryResponse> {
  return client.call<AlibabaLstTradeSellerWarehouseQueryResponse>(
    {
      method: 'alibaba.lst.trade.seller.warehouse.query',
      responseRoot: 'alibaba_lst_trade_seller_warehouse_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
