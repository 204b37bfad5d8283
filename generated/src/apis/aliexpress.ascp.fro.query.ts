// Generated from specs/ascpffo/aliexpress.ascp.fro.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.fro.query` (AliExpress销退单查询API). */
export interface AliexpressAscpFroQueryRequest {
  /** dto */
  fulfillment_reverse_order_query: AliexpressAscpFroQueryFulfillmentReverseOrderQueryDtoInput;
}

/** Response of `aliexpress.ascp.fro.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpFroQueryResponse {
  /** DTO */
  result?: AliexpressAscpFroQueryPageQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfillmentReverseOrderQueryDto` of `aliexpress.ascp.fro.query`. */
export interface AliexpressAscpFroQueryFulfillmentReverseOrderQueryDtoInput {
  /** 账套编码 */
  biz_type: Int64Input;
  /** 用户订单号列表 */
  customer_order_number_list?: string[];
  /** 履约单号 */
  fulfillment_order_no?: string;
  /** 分页页码 */
  page_index?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
}

/** `PageQueryResult` of `aliexpress.ascp.fro.query`. */
export interface AliexpressAscpFroQueryPageQueryResult {
  /** DTO */
  data_list?: AliexpressAscpFroQueryData[];
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
  /** 查询结果总数 */
  total_count?: Int64;
}

/** `Data` of `aliexpress.ascp.fro.query`. */
export interface AliexpressAscpFroQueryData {
  /** 用户订单号 */
  trade_order_no?: string;
  /** 履约单号 */
  fulfillment_order_no?: string;
  /** 原物流单号 */
  original_lbx_no?: string;
  /** 物流单号 */
  lbx_no?: string;
  /** 收货人姓名 */
  receiver_name?: string;
  /** 收货人手机 */
  receiver_mobile?: string;
  /** 物流公司 */
  shipping_provider_name?: string;
  /** 运单号 */
  tracking_number?: string;
  /** 退货下单时间戳 */
  return_order_create_time?: Int64;
  /** 退货入库时间戳 */
  return_order_inbound_time?: Int64;
  /** 订单状态 */
  order_status?: string;
  /** 退货类型 */
  order_type?: string;
  /** 扩展字段 */
  extend_fields?: string;
}

const REQUEST_SCHEMA = {
  fulfillment_reverse_order_query: {
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
        trade_order_no: 'String',
        fulfillment_order_no: 'String',
        original_lbx_no: 'String',
        lbx_no: 'String',
        receiver_name: 'String',
        receiver_mobile: 'String',
        shipping_provider_name: 'String',
        tracking_number: 'String',
        return_order_create_time: 'Number',
        return_order_inbound_time: 'Number',
        order_status: 'String',
        order_type: 'String',
        extend_fields: 'String',
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

/** Static description of `aliexpress.ascp.fro.query`: method, response root, request and response schemas. */
export const aliexpressAscpFroQueryOperation = {
  method: 'aliexpress.ascp.fro.query',
  responseRoot: 'aliexpress_ascp_fro_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress销退单查询API — calls TOP method `aliexpress.ascp.fro.query`.
 *
 * AE履约销退单查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpFroQuery(
  client: TopClient,
  request: AliexpressAscpFroQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpFroQueryResponse> {
  return client.call<AliexpressAscpFroQueryResponse>(
    {
      method: 'aliexpress.ascp.fro.query',
      responseRoot: 'aliexpress_ascp_fro_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
