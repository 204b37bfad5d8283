// Generated from specs/ascpffo/aliexpress.ascp.po.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.po.item.query` (AliExpress采购单明细查询API). */
export interface AliexpressAscpPoItemQueryRequest {
  /** demo */
  purchase_order_item_query: AliexpressAscpPoItemQueryPurchaseOrderItemQueryDtoInput;
}

/** Response of `aliexpress.ascp.po.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpPoItemQueryResponse {
  /** demo */
  result?: AliexpressAscpPoItemQueryPageQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PurchaseOrderItemQueryDto` of `aliexpress.ascp.po.item.query`. */
export interface AliexpressAscpPoItemQueryPurchaseOrderItemQueryDtoInput {
  /** 账套编码 */
  biz_type: Int64Input;
  /** 分页页码 */
  page_index?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 采购单号 */
  purchase_order_no: string;
}

/** `PageQueryResult` of `aliexpress.ascp.po.item.query`. */
export interface AliexpressAscpPoItemQueryPageQueryResult {
  /** 明细列表 */
  data_list?: AliexpressAscpPoItemQueryErpPurchaseOrderItemDto[];
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 分页页码 */
  page_index?: Int64;
  /** 分页大小 */
  page_size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 明细总数 */
  total_count?: Int64;
}

/** `ErpPurchaseOrderItemDto` of `aliexpress.ascp.po.item.query`. */
export interface AliexpressAscpPoItemQueryErpPurchaseOrderItemDto {
  /** 扩展字段 */
  extend_fields?: string;
  /** 未税采购金额，单位元 */
  no_tax_purchase_amount_dec?: string;
  /** 含税采购金额，单位元 */
  purchase_amount_dec?: string;
  /** 未税采购单价，单位元 */
  no_tax_purchase_price_dec?: string;
  /** 含税采购单价，单位元 */
  purchase_price_dec?: string;
  /** 税率 */
  tax_rate?: string;
  /** 实收残品数量 */
  received_defective_qty?: Int64;
  /** 实收正品数量 */
  received_normal_qty?: Int64;
  /** 采购数量 */
  quantity?: Int64;
  /** 货品名称 */
  title?: string;
  /** 货品Id */
  sc_item_id?: Int64;
  /** 采购单号 */
  purchase_order_no?: string;
}

const REQUEST_SCHEMA = {
  purchase_order_item_query: {
    biz_type: 'Number',
    page_index: 'Number',
    page_size: 'Number',
    purchase_order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        extend_fields: 'String',
        no_tax_purchase_amount_dec: 'String',
        purchase_amount_dec: 'String',
        no_tax_purchase_price_dec: 'String',
        purchase_price_dec: 'String',
        tax_rate: 'String',
        received_defective_qty: 'Number',
        received_normal_qty: 'Number',
        quantity: 'Number',
        title: 'String',
        sc_item_id: 'Number',
        purchase_order_no: 'String',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    page_index: 'Number',
    page_size: 'Number',
    success: 'Boolean',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ascp.po.item.query`: method, response root, request and response schemas. */
export const aliexpressAscpPoItemQueryOperation = {
  method: 'aliexpress.ascp.po.item.query',
  responseRoot: 'aliexpress_ascp_po_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress采购单明细查询API — calls TOP method `aliexpress.ascp.po.item.query`.
 *
 * AE 供应链仓发 采购单明细查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpPoItemQuery(
  client: TopClient,
  request: AliexpressAscpPoItemQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpPoItemQueryResponse> {
  return client.call<AliexpressAscpPoItemQueryResponse>(
    {
      method: 'aliexpress.ascp.po.item.query',
      responseRoot: 'aliexpress_ascp_po_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
