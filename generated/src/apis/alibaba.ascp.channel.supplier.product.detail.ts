// Generated from specs/ascpchannel/alibaba.ascp.channel.supplier.product.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.supplier.product.detail` (供应链渠道中心分销品详情查询(供应商专用)). */
export interface AlibabaAscpChannelSupplierProductDetailRequest {
  /** 入参 */
  product_detail_request?: AlibabaAscpChannelSupplierProductDetailProductDetailQueryRequestForSupplierInput;
}

/** Response of `alibaba.ascp.channel.supplier.product.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSupplierProductDetailResponse {
  /** 返回结果 */
  result?: AlibabaAscpChannelSupplierProductDetailResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductDetailQueryRequestForSupplier` of `alibaba.ascp.channel.supplier.product.detail`. */
export interface AlibabaAscpChannelSupplierProductDetailProductDetailQueryRequestForSupplierInput {
  /** 是否查询 sku 信息 */
  include_sku?: boolean;
  /** 渠道产品 id */
  channel_product_id: Int64Input;
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 渠道编码 */
  channel_code: string;
}

/** `ResultDto` of `alibaba.ascp.channel.supplier.product.detail`. */
export interface AlibabaAscpChannelSupplierProductDetailResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 返回详情 */
  module?: AlibabaAscpChannelSupplierProductDetailProductDetailQueryResponseForSupplier;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `ProductDetailQueryResponseForSupplier` of `alibaba.ascp.channel.supplier.product.detail`. */
export interface AlibabaAscpChannelSupplierProductDetailProductDetailQueryResponseForSupplier {
  /** sku 列表 */
  sku_list?: AlibabaAscpChannelSupplierProductDetailSkuList[];
  /** 产品 id */
  product_id?: Int64;
  /** 产品货品 id */
  sc_item_id?: Int64;
  /** 经营模式,agent:代销，dealer经销 */
  sales_mode_list?: string[];
  /** 二级渠道编码 */
  sub_channel_code?: string;
  /** 图片链接列表 */
  picture_list?: string[];
  /** 渠道产品名称 */
  product_title?: string;
  /** 销售属性，格式[k1:v2,k2:v2] */
  property_list?: string[];
  /** 类目 */
  category?: string;
  /** 商家编码 */
  out_no?: string;
  /** 品牌 */
  brand?: string;
  /** 渠道编码 */
  channel_code?: string;
}

/** `SkuList` of `alibaba.ascp.channel.supplier.product.detail`. */
export interface AlibabaAscpChannelSupplierProductDetailSkuList {
  /** sku 对应的货品 id */
  sc_item_id?: Int64;
  /** 经营模式 */
  sales_mode_list?: string[];
  /** 图片链接 */
  picture_list?: string[];
  /** 销售属性 */
  properties?: string[];
  /** skuid */
  sku_id?: Int64;
}

const REQUEST_SCHEMA = {
  product_detail_request: {
    include_sku: 'Boolean',
    channel_product_id: 'Number',
    sub_channel_code: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      sku_list: [
        {
          sc_item_id: 'Number',
          sales_mode_list: ['String'],
          picture_list: ['String'],
          properties: ['String'],
          sku_id: 'Number',
        },
      ],
      product_id: 'Number',
      sc_item_id: 'Number',
      sales_mode_list: ['String'],
      sub_channel_code: 'String',
      picture_list: ['String'],
      product_title: 'String',
      property_list: ['String'],
      category: 'String',
      out_no: 'String',
      brand: 'String',
      channel_code: 'String',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.supplier.product.detail`: method, response root, request and response schemas. */
export const alibabaAscpChannelSupplierProductDetailOperation = {
  method: 'alibaba.ascp.channel.supplier.product.detail',
  responseRoot: 'alibaba_ascp_channel_supplier_product_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链渠道中心分销品详情查询(供应商专用) — calls TOP method `alibaba.ascp.channel.supplier.product.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSupplierProductDetail(
  client: TopClient,
  request: AlibabaAscpChannelSupplierProductDetailRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelSupplierProductDetailResponse> {
  return client.call<AlibabaAscpChannelSupplierProductDetailResponse>(
    {
      method: 'alibaba.ascp.channel.supplier.product.detail',
      responseRoot: 'alibaba_ascp_channel_supplier_product_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
