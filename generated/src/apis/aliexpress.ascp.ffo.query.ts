// Generated from specs/ascpffo/aliexpress.ascp.ffo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.ffo.query` (AliExpress发货单查询API). */
export interface AliexpressAscpFfoQueryRequest {
  /** dto */
  fulfillment_forward_order_query: AliexpressAscpFfoQueryFulfillmentForwardOrderQueryDtoInput;
}

/** Response of `aliexpress.ascp.ffo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpFfoQueryResponse {
  /** dto */
  result?: AliexpressAscpFfoQueryPageQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfillmentForwardOrderQueryDto` of `aliexpress.ascp.ffo.query`. */
export interface AliexpressAscpFfoQueryFulfillmentForwardOrderQueryDtoInput {
  /** 账套编码 */
  biz_type: Int64Input;
  /** 用户订单Id列表 */
  customer_order_number_list?: string[];
  /** 发货单号 */
  fulfillment_order_no?: string;
  /** 分页页码 */
  page_index?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
}

/** `PageQueryResult` of `aliexpress.ascp.ffo.query`. */
export interface AliexpressAscpFfoQueryPageQueryResult {
  /** dto list */
  data_list?: AliexpressAscpFfoQueryErpFulfillmentForwardDto[];
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 分页页码 */
  page_index?: Int64;
  /** 分页大小 */
  page_size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 数量 */
  total_count?: Int64;
}

/** `ErpFulfillmentForwardDto` of `aliexpress.ascp.ffo.query`. */
export interface AliexpressAscpFfoQueryErpFulfillmentForwardDto {
  /** 订单产生时间戳 */
  trade_create_time?: Int64;
  /** 发货金额 */
  package_paid_fee?: string;
  /** 收货地区 */
  receiver_country?: string;
  /** 收货人电话 */
  receiver_phone?: string;
  /** 收货人手机 */
  receiver_mobile?: string;
  /** 收货人姓名 */
  receiver_name?: string;
  /** 买家昵称 */
  buyer_name?: string;
  /** 运单号 */
  tracking_no?: string;
  /** 物流单号 */
  lbx_no?: string;
  /** 履约单号 */
  fulfillment_order_no?: string;
  /** 用户订单号 */
  trade_order_no?: string;
  /** 仓名称 */
  warehouse_name?: string;
  /** 出库时间戳 */
  out_bound_time?: Int64;
  /** 下发到仓时间戳 */
  send_fulfill_time?: Int64;
  /** 扩展字段 */
  extend_fields?: string;
  /** 订单状态 */
  order_status?: string;
}

const REQUEST_SCHEMA = {
  fulfillment_forward_order_query: {
    biz_type: 'Number',
    customer_order_number_list: ['String'],
    fulfillment_order_no: 'String',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        trade_create_time: 'Number',
        package_paid_fee: 'String',
        receiver_country: 'String',
        receiver_phone: 'String',
        receiver_mobile: 'String',
        receiver_name: 'String',
        buyer_name: 'String',
        tracking_no: 'String',
        lbx_no: 'String',
        fulfillment_order_no: 'String',
        trade_order_no: 'String',
        warehouse_name: 'String',
        out_bound_time: 'Number',
        send_fulfill_time: 'Number',
        extend_fields: 'String',
        order_status: 'String',
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

/** Static description of `aliexpress.ascp.ffo.query`: method, response root, request and response schemas. */
export const aliexpressAscpFfoQueryOperation = {
  method: 'aliexpress.ascp.ffo.query',
  responseRoot: 'aliexpress_ascp_ffo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress发货单查询API — calls TOP method `aliexpress.ascp.ffo.query`.
 *
 * AE 履约发货单分页查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpFfoQuery(
  client: TopClient,
  request: AliexpressAscpFfoQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpFfoQueryResponse> {
  return client.call<AliexpressAscpFfoQueryResponse>(
    {
      method: 'aliexpress.ascp.ffo.query',
      responseRoot: 'aliexpress_ascp_ffo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
