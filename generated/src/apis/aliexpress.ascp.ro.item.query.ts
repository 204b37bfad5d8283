// Generated from specs/ascpffo/aliexpress.ascp.ro.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ascp.ro.item.query` (AliExpress退供单明细查询API). */
export interface AliexpressAscpRoItemQueryRequest {
  /** dto */
  return_order_item_query: AliexpressAscpRoItemQueryReturnOrderItemQueryDtoInput;
}

/** Response of `aliexpress.ascp.ro.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAscpRoItemQueryResponse {
  /** dto */
  result?: AliexpressAscpRoItemQueryPageQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReturnOrderItemQueryDto` of `aliexpress.ascp.ro.item.query`. */
export interface AliexpressAscpRoItemQueryReturnOrderItemQueryDtoInput {
  /** 账套编码 */
  biz_type: Int64Input;
  /** 分页页码 */
  page_index?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 退供单号 */
  return_order_no: string;
}

/** `PageQueryResult` of `aliexpress.ascp.ro.item.query`. */
export interface AliexpressAscpRoItemQueryPageQueryResult {
  /** dto */
  data_list?: AliexpressAscpRoItemQueryData[];
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
  /** 明细总数 */
  total_count?: Int64;
}

/** `Data` of `aliexpress.ascp.ro.item.query`. */
export interface AliexpressAscpRoItemQueryData {
  /** 退供单号 */
  return_order_no?: string;
  /** 货品Id */
  sc_item_id?: Int64;
  /** 货品名称 */
  title?: string;
  /** 退供数量 */
  quantity?: Int64;
  /** 实际退供数量 */
  return_quantity?: Int64;
  /** 库存类型 */
  inventory_type_desc?: string;
  /** 税率 */
  tax_rate?: string;
  /** 含税退供价，单位分 */
  return_price?: string;
  /** 扩展字段 */
  extend_fields?: string;
}

const REQUEST_SCHEMA = {
  return_order_item_query: {
    biz_type: 'Number',
    page_index: 'Number',
    page_size: 'Number',
    return_order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        return_order_no: 'String',
        sc_item_id: 'Number',
        title: 'String',
        quantity: 'Number',
        return_quantity: 'Number',
        inventory_type_desc: 'String',
        tax_rate: 'String',
        return_price: 'String',
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

/** Static description of `aliexpress.ascp.ro.item.query`: method, response root, request and response schemas. */
export const aliexpressAscpRoItemQueryOperation = {
  method: 'aliexpress.ascp.ro.item.query',
  responseRoot: 'aliexpress_ascp_ro_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AliExpress退供单明细查询API — calls TOP method `aliexpress.ascp.ro.item.query`.
 *
 * AE仓发 单个退供单明细查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAscpRoItemQuery(
  client: TopClient,
  request: AliexpressAscpRoItemQueryRequest,
  options?: CallOptions,
): Promise<AliexpressAscpRoItemQueryResponse> {
  return client.call<AliexpressAscpRoItemQueryResponse>(
    {
      method: 'aliexpress.ascp.ro.item.query',
      responseRoot: 'aliexpress_ascp_ro_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
