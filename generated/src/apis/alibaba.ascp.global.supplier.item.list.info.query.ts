// Generated from specs/ascpchannel/alibaba.ascp.global.supplier.item.list.info.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.global.supplier.item.list.info.query` (供应商供品信息查询). */
export interface AlibabaAscpGlobalSupplierItemListInfoQueryRequest {
  /** 请求组装 */
  supply_product_page_query: AlibabaAscpGlobalSupplierItemListInfoQueryTopRequestInput;
}

/** Response of `alibaba.ascp.global.supplier.item.list.info.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpGlobalSupplierItemListInfoQueryResponse {
  /** 响应结果 */
  result?: AlibabaAscpGlobalSupplierItemListInfoQueryResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopRequest` of `alibaba.ascp.global.supplier.item.list.info.query`. */
export interface AlibabaAscpGlobalSupplierItemListInfoQueryTopRequestInput {
  /** 供应商ID */
  supplier_id: string;
  /** 每页条数，最大不超过200 */
  page_size: Int64Input;
  /** 创建供品关系开始时间 */
  begin_time?: DateInput;
  /** 创建供品关系结束时间 */
  end_time?: DateInput;
  /** 当前页 */
  current_page: Int64Input;
}

/** `ResultWrapper` of `alibaba.ascp.global.supplier.item.list.info.query`. */
export interface AlibabaAscpGlobalSupplierItemListInfoQueryResultWrapper {
  /** 接口返回是否成功 */
  success?: boolean;
  /** 返回货品list */
  data?: AlibabaAscpGlobalSupplierItemListInfoQueryData;
  /** 异常code */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
}

/** `Data` of `alibaba.ascp.global.supplier.item.list.info.query`. */
export interface AlibabaAscpGlobalSupplierItemListInfoQueryData {
  /** 返回货品list */
  page_data?: AlibabaAscpGlobalSupplierItemListInfoQueryPageData[];
  /** 每页条数，最大不超过200 */
  page_size?: Int64;
  /** 当前页 */
  current_page?: Int64;
  /** 货品总数 */
  total_count?: Int64;
}

/** `PageData` of `alibaba.ascp.global.supplier.item.list.info.query`. */
export interface AlibabaAscpGlobalSupplierItemListInfoQueryPageData {
  /** 供应商名称 */
  supplier_name?: string;
  /** 供应商id */
  supplier_id?: string;
  /** 商品名称 */
  sc_item_name?: string;
  /** 商品id */
  sc_item_id?: Int64;
  /** 外部商家编码 */
  outer_id?: string;
  /** 条形码 */
  barcode?: string;
  /** 创建时间 */
  create_date?: string;
}

const REQUEST_SCHEMA = {
  supply_product_page_query: {
    supplier_id: 'String',
    page_size: 'Number',
    begin_time: 'Date',
    end_time: 'Date',
    current_page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      page_data: [
        {
          supplier_name: 'String',
          supplier_id: 'String',
          sc_item_name: 'String',
          sc_item_id: 'Number',
          outer_id: 'String',
          barcode: 'String',
          create_date: 'Date',
        },
      ],
      page_size: 'Number',
      current_page: 'Number',
      total_count: 'Number',
    },
    error_code: 'String',
    error_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.global.supplier.item.list.info.query`: method, response root, request and response schemas. */
export const alibabaAscpGlobalSupplierItemListInfoQueryOperation = {
  method: 'alibaba.ascp.global.supplier.item.list.info.query',
  responseRoot: 'alibaba_ascp_global_supplier_item_list_info_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商供品信息查询 — calls TOP method `alibaba.ascp.global.supplier.item.list.info.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpGlobalSupplierItemListInfoQuery(
  client: TopClient,
  request: AlibabaAscpGlobalSupplierItemListInfoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAscpGlobalSupplierItemListInfoQueryResponse> {
  return client.call<AlibabaAscpGlobalSupplierItemListInfoQueryResponse>(
    {
      method: 'alibaba.ascp.global.supplier.item.list.info.query',
      responseRoot: 'alibaba_ascp_global_supplier_item_list_info_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
