// Generated from specs/ascpchannel/alibaba.ascp.channel.supplier.product.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.supplier.product.list` (供应商渠道产品列表查询). */
export interface AlibabaAscpChannelSupplierProductListRequest {
  /** 请求参数 */
  param?: AlibabaAscpChannelSupplierProductListProductListQueryRequestForSupplierInput;
}

/** Response of `alibaba.ascp.channel.supplier.product.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSupplierProductListResponse {
  /** 执行结果是否成功 */
  result_success?: boolean;
  /** 返回结果 */
  module?: AlibabaAscpChannelSupplierProductListProductListQueryResponseForSupplier;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductListQueryRequestForSupplier` of `alibaba.ascp.channel.supplier.product.list`. */
export interface AlibabaAscpChannelSupplierProductListProductListQueryRequestForSupplierInput {
  /** 页号，从1开始 */
  page_no: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
  /** 经营模式,agent 表示代销，dealer 表示经销 */
  sales_mode: string[];
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 渠道编码 */
  channel_code: string;
}

/** `ProductListQueryResponseForSupplier` of `alibaba.ascp.channel.supplier.product.list`. */
export interface AlibabaAscpChannelSupplierProductListProductListQueryResponseForSupplier {
  /** 总数量 */
  total_count?: Int64;
  /** 产品列表 */
  product_list?: AlibabaAscpChannelSupplierProductListProductList[];
}

/** `ProductList` of `alibaba.ascp.channel.supplier.product.list`. */
export interface AlibabaAscpChannelSupplierProductListProductList {
  /** 产品标题名称 */
  product_title?: string;
  /** 产品 id */
  product_id?: Int64;
  /** 外部商家编码 */
  out_no?: string;
  /** 经营模式 */
  sales_mode_list?: string[];
  /** 二级渠道编码 */
  sub_channel_code?: string;
  /** 图片 */
  picture_list?: string[];
  /** 产品类型 */
  product_type?: Int64;
  /** 渠道编码 */
  channel_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    page_no: 'Number',
    page_size: 'Number',
    sales_mode: ['String'],
    sub_channel_code: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
  module: {
    total_count: 'Number',
    product_list: [
      {
        product_title: 'String',
        product_id: 'Number',
        out_no: 'String',
        sales_mode_list: ['String'],
        sub_channel_code: 'String',
        picture_list: ['String'],
        product_type: 'Number',
        channel_code: 'String',
      },
    ],
  },
  error_message: 'String',
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.supplier.product.list`: method, response root, request and response schemas. */
export const alibabaAscpChannelSupplierProductListOperation = {
  method: 'alibaba.ascp.channel.supplier.product.list',
  responseRoot: 'alibaba_ascp_channel_supplier_product_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商渠道产品列表查询 — calls TOP method `alibaba.ascp.channel.supplier.product.list`.
 *
 * 供应商查询渠道产品列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSupplierProductList(
  client: TopClient,
  request: AlibabaAscpChannelSupplierProductListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelSupplierProductListResponse> {
  return client.call<AlibabaAscpChannelSupplierProductListResponse>(
    {
      method: 'alibaba.ascp.channel.supplier.product.list',
      responseRoot: 'alibaba_ascp_channel_supplier_product_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
