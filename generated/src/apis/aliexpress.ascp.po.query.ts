// Generated from specs/ascpffo/aliexpress.ascp.po.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.po.query` (AliExpress采购单查询API). */
export interface AliexpressAscpPoQueryRequest {
  /** 系统自动生成 */
  purchase_order_query: AliexpressAscpPoQueryPurchaseOrderQueryDtoInput;
}

/** Response of `aliexpress.ascp.po.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpPoQueryResponse {
  /** 服务出参 */
  result?: AliexpressAscpPoQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PurchaseOrderQueryDto` of `aliexpress.ascp.po.query`. */
export interface AliexpressAscpPoQueryPurchaseOrderQueryDtoInput {
  /** 行业账套编码 */
  biz_type: Int64Input;
  /** 采购单号 */
  purchase_order_no: string;
}

/** `Result` of `aliexpress.ascp.po.query`. */
export interface AliexpressAscpPoQueryResult {
  /** 采购单DTO */
  data?: AliexpressAscpPoQueryErpPurchaseOrderDto;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ErpPurchaseOrderDto` of `aliexpress.ascp.po.query`. */
export interface AliexpressAscpPoQueryErpPurchaseOrderDto {
  /** 入库完结时间 */
  actual_inbound_time?: Int64;
  /** 预约单号 */
  appoint_order_no?: string;
  /** 创建人 */
  creator?: string;
  /** 扩展字段 */
  extend_fields?: string | Record<string, unknown>;
  /** 采购单创建时间 */
  gmt_create?: Int64;
  /** 采购单失效时间 */
  gmt_expiration?: Int64;
  /** 物流单号 */
  lbx_no?: string;
  /** 预计到仓时间 */
  pre_arrive_time?: Int64;
  /** 采购单号 */
  purchase_order_no?: string;
  /** 收货数量 */
  received_quantity?: Int64;
  /** 单据状态 */
  status?: Int64;
  /** 状态描述 */
  status_desc?: string;
  /** 仓编码 */
  store_code?: string;
  /** 仓名称 */
  store_name?: string;
  /** 供应商Id */
  supplier_id?: Int64;
  /** 供应商名称 */
  supplier_name?: string;
  /** 采购单总金额 */
  total_amount?: string;
  /** 采购单总数量 */
  total_quantity?: Int64;
  /** 采购单SKU数量 */
  total_sku_count?: Int64;
}

const REQUEST_SCHEMA = {
  purchase_order_query: {
    biz_type: 'Number',
    purchase_order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      actual_inbound_time: 'Number',
      appoint_order_no: 'String',
      creator: 'String',
      extend_fields: 'Json',
      gmt_create: 'Number',
      gmt_expiration: 'Number',
      lbx_no: 'String',
      pre_arrive_time: 'Number',
      purchase_order_no: 'String',
      received_quantity: 'Number',
      status: 'Number',
      status_desc: 'String',
      store_code: 'String',
      store_name: 'String',
      supplier_id: 'Number',
      supplier_name: 'String',
      total_amount: 'String',
      total_quantity: 'Number',
      total_sku_count: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ascp.po.query`: method, response root, request and response schemas. */
export const aliexpressAscpPoQueryOperation = {
  method: 'aliexpress.ascp.po.query',
  responseRoot: 'aliexpress_ascp_po_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress采购单查询API — calls TOP method `aliexpress.ascp.po.query`.
 *
 * AE仓发业务采购单查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpPoQuery(
  client: TopClient,
  request: AliexpressAscpPoQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpPoQueryResponse> {
  return client.call<AliexpressAscpPoQueryResponse>(
    {
      method: 'aliexpress.ascp.po.query',
      responseRoot: 'aliexpress_ascp_po_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
