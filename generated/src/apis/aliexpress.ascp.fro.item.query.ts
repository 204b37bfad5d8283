// Generated from specs/ascpffo/aliexpress.ascp.fro.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.fro.item.query` (AliExpress销退单明细查询API). */
export interface AliexpressAscpFroItemQueryRequest {
  /** dto */
  fulfillment_reverse_order_item_query: AliexpressAscpFroItemQueryFulfillmentReverseOrderItemQueryDtoInput;
}

/** Response of `aliexpress.ascp.fro.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpFroItemQueryResponse {
  /** 接口返回model */
  result?: AliexpressAscpFroItemQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfillmentReverseOrderItemQueryDto` of `aliexpress.ascp.fro.item.query`. */
export interface AliexpressAscpFroItemQueryFulfillmentReverseOrderItemQueryDtoInput {
  /** 账套编码 */
  biz_type: Int64Input;
  /** 履约单号 */
  fulfillment_order_no: string;
}

/** `Result` of `aliexpress.ascp.fro.item.query`. */
export interface AliexpressAscpFroItemQueryResult {
  /** dto */
  data_list?: AliexpressAscpFroItemQueryData[];
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Data` of `aliexpress.ascp.fro.item.query`. */
export interface AliexpressAscpFroItemQueryData {
  /** 商品Id */
  item_id?: string;
  /** 商品名称 */
  item_title?: string;
  /** 货品Id */
  sc_item_id?: string;
  /** 货品条码 */
  barcode?: string;
  /** 申请退货数量 */
  plan_qty?: string;
  /** 价格 */
  order_line_price?: string;
  /** 仓库实收正品 */
  return_normal_qty?: string;
  /** 仓库实收残品 */
  return_scrap_qty?: string;
  /** 仓名称 */
  warehouse_name?: string;
  /** 扩展字段 */
  extend_fields?: string;
}

const REQUEST_SCHEMA = {
  fulfillment_reverse_order_item_query: {
    biz_type: 'Number',
    fulfillment_order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        item_id: 'String',
        item_title: 'String',
        sc_item_id: 'String',
        barcode: 'String',
        plan_qty: 'String',
        order_line_price: 'String',
        return_normal_qty: 'String',
        return_scrap_qty: 'String',
        warehouse_name: 'String',
        extend_fields: 'String',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ascp.fro.item.query`: method, response root, request and response schemas. */
export const aliexpressAscpFroItemQueryOperation = {
  method: 'aliexpress.ascp.fro.item.query',
  responseRoot: 'aliexpress_ascp_fro_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress销退单明细查询API — calls TOP method `aliexpress.ascp.fro.item.query`.
 *
 * AE履约销退单明细查询API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpFroItemQuery(
  client: TopClient,
  request: AliexpressAscpFroItemQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpFroItemQueryResponse> {
  return client.call<AliexpressAscpFroItemQueryResponse>(
    {
      method: 'aliexpress.ascp.fro.item.query',
      responseRoot: 'aliexpress_ascp_fro_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
