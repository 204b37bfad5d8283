// Generated from specs/ascpffo/aliexpress.ascp.ffo.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.ffo.item.query` (AliExpress发货单明细分页查询API). */
export interface AliexpressAscpFfoItemQueryRequest {
  /** DTO */
  fulfillment_forward_order_item_query: AliexpressAscpFfoItemQueryFulfillmentForwardOrderItemQueryDtoInput;
}

/** Response of `aliexpress.ascp.ffo.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpFfoItemQueryResponse {
  /** 接口返回model */
  result?: AliexpressAscpFfoItemQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfillmentForwardOrderItemQueryDto` of `aliexpress.ascp.ffo.item.query`. */
export interface AliexpressAscpFfoItemQueryFulfillmentForwardOrderItemQueryDtoInput {
  /** 账套编码 */
  biz_type: Int64Input;
  /** 履约单号 */
  fulfillment_order_no: string;
}

/** `Result` of `aliexpress.ascp.ffo.item.query`. */
export interface AliexpressAscpFfoItemQueryResult {
  /** dto */
  data_list?: AliexpressAscpFfoItemQueryData[];
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Data` of `aliexpress.ascp.ffo.item.query`. */
export interface AliexpressAscpFfoItemQueryData {
  /** 库存数量 */
  aic_inventory?: string;
  /** 货品实际支付金额 */
  sku_actual_paid_amount?: string;
  /** 货品优惠金额 */
  sku_discount_amount?: string;
  /** SKU单价 */
  unit_price?: string;
  /** 发货数量 */
  order_line_qty?: string;
  /** 货品条码 */
  barcode?: string;
  /** 货品Id */
  sc_item_id?: string;
  /** SKUid */
  sku_id?: string;
  /** 商品名称 */
  item_title?: string;
  /** 商品ID */
  item_id?: string;
  /** 扩展字段 */
  extend_fields?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  fulfillment_forward_order_item_query: {
    biz_type: 'Number',
    fulfillment_order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        aic_inventory: 'String',
        sku_actual_paid_amount: 'String',
        sku_discount_amount: 'String',
        unit_price: 'String',
        order_line_qty: 'String',
        barcode: 'String',
        sc_item_id: 'String',
        sku_id: 'String',
        item_title: 'String',
        item_id: 'String',
        extend_fields: 'Json',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ascp.ffo.item.query`: method, response root, request and response schemas. */
export const aliexpressAscpFfoItemQueryOperation = {
  method: 'aliexpress.ascp.ffo.item.query',
  responseRoot: 'aliexpress_ascp_ffo_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress发货单明细分页查询API — calls TOP method `aliexpress.ascp.ffo.item.query`.
 *
 * AE履约发货单明细分页查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpFfoItemQuery(
  client: TopClient,
  request: AliexpressAscpFfoItemQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpFfoItemQueryResponse> {
  return client.call<AliexpressAscpFfoItemQueryResponse>(
    {
      method: 'aliexpress.ascp.ffo.item.query',
      responseRoot: 'aliexpress_ascp_ffo_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
