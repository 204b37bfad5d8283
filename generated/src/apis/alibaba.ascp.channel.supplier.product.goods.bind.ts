// Generated from specs/ascpchannel/alibaba.ascp.channel.supplier.product.goods.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.supplier.product.goods.bind` (渠道产品与货品绑定接口). */
export interface AlibabaAscpChannelSupplierProductGoodsBindRequest {
  /** 请求 */
  top_bind_product_goods_request?: AlibabaAscpChannelSupplierProductGoodsBindTopBindProductGoodsRequestInput;
}

/** Response of `alibaba.ascp.channel.supplier.product.goods.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSupplierProductGoodsBindResponse {
  /** 返回结果 */
  result?: AlibabaAscpChannelSupplierProductGoodsBindResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBindProductGoodsRequest` of `alibaba.ascp.channel.supplier.product.goods.bind`. */
export interface AlibabaAscpChannelSupplierProductGoodsBindTopBindProductGoodsRequestInput {
  /** 供应商渠道产品id */
  product_id: Int64Input;
  /** 供应商货品id */
  goods_id: Int64Input;
  /** 二级渠道编码 */
  sub_channel_code?: string;
  /** 供应商渠道产品skuId */
  sku_id?: Int64Input;
  /** 渠道编码 */
  channel_code: string;
}

/** `ResultDTO` of `alibaba.ascp.channel.supplier.product.goods.bind`. */
export interface AlibabaAscpChannelSupplierProductGoodsBindResultDTO {
  /** 请求是否成功 */
  success?: boolean;
  /** 是否绑定成功 */
  module?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  top_bind_product_goods_request: {
    product_id: 'Number',
    goods_id: 'Number',
    sub_channel_code: 'String',
    sku_id: 'Number',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.supplier.product.goods.bind`: method, response root, request and response schemas. */
export const alibabaAscpChannelSupplierProductGoodsBindOperation = {
  method: 'alibaba.ascp.channel.supplier.product.goods.bind',
  responseRoot: 'alibaba_ascp_channel_supplier_product_goods_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道产品与货品绑定接口 — calls TOP method `alibaba.ascp.channel.supplier.product.goods.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSupplierProductGoodsBind(
  client: TopClient,
  request: AlibabaAscpChannelSupplierProductGoodsBindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelSupplierProductGoodsBindResponse> {
  return client.call<AlibabaAscpChannelSupplierProductGoodsBindResponse>(
    {
      method: 'alibaba.ascp.channel.supplier.product.goods.bind',
      responseRoot: 'alibaba_ascp_channel_supplier_product_goods_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
