// Generated from specs/ascpffo/aliexpress.ascp.ro.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.ro.query` (AliExpress退供单查询API). */
export interface AliexpressAscpRoQueryRequest {
  /** dto */
  return_order_query: AliexpressAscpRoQueryReturnOrderQueryDtoInput;
}

/** Response of `aliexpress.ascp.ro.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpRoQueryResponse {
  /** 接口返回model */
  result?: AliexpressAscpRoQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReturnOrderQueryDto` of `aliexpress.ascp.ro.query`. */
export interface AliexpressAscpRoQueryReturnOrderQueryDtoInput {
  /** 账套编码 */
  biz_type: Int64Input;
  /** 退供单号 */
  return_order_no: string;
}

/** `Result` of `aliexpress.ascp.ro.query`. */
export interface AliexpressAscpRoQueryResult {
  /** DTO */
  data?: AliexpressAscpRoQueryErpReturnOrderDto;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ErpReturnOrderDto` of `aliexpress.ascp.ro.query`. */
export interface AliexpressAscpRoQueryErpReturnOrderDto {
  /** 单据创建人 */
  creator?: string;
  /** 扩展字段 */
  extend_fields?: string;
  /** 单据创建时间戳 */
  gmt_create?: Int64;
  /** 出库时间戳 */
  gmt_outbound?: Int64;
  /** 库存类型描述 */
  inventory_type_desc?: string;
  /** 物流单号 */
  lbx_no?: string;
  /** 退供单号 */
  return_order_no?: string;
  /** 退供原因 */
  return_reason_desc?: string;
  /** 退供类型 */
  return_type_desc?: string;
  /** 退供SKU数量 */
  sku_count?: Int64;
  /** 状态编码 */
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
  /** 退供总金额,单位分 */
  total_amount?: string;
  /** 退供总数量 */
  total_quantity?: Int64;
  /** 实际退供总金额，单位分 */
  total_return_amount?: string;
  /** 实际退供数量 */
  total_return_quantity?: Int64;
}

const REQUEST_SCHEMA = {
  return_order_query: {
    biz_type: 'Number',
    return_order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      creator: 'String',
      extend_fields: 'String',
      gmt_create: 'Number',
      gmt_outbound: 'Number',
      inventory_type_desc: 'String',
      lbx_no: 'String',
      return_order_no: 'String',
      return_reason_desc: 'String',
      return_type_desc: 'String',
      sku_count: 'Number',
      status: 'Number',
      status_desc: 'String',
      store_code: 'String',
      store_name: 'String',
      supplier_id: 'Number',
      supplier_name: 'String',
      total_amount: 'String',
      total_quantity: 'Number',
      total_return_amount: 'String',
      total_return_quantity: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ascp.ro.query`: method, response root, request and response schemas. */
export const aliexpressAscpRoQueryOperation = {
  method: 'aliexpress.ascp.ro.query',
  responseRoot: 'aliexpress_ascp_ro_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress退供单查询API — calls TOP method `aliexpress.ascp.ro.query`.
 *
 * AE仓发商家单个退供单查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpRoQuery(
  client: TopClient,
  request: AliexpressAscpRoQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpRoQueryResponse> {
  return client.call<AliexpressAscpRoQueryResponse>(
    {
      method: 'aliexpress.ascp.ro.query',
      responseRoot: 'aliexpress_ascp_ro_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
