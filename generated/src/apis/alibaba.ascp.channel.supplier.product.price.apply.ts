// Generated from specs/ascpchannel/alibaba.ascp.channel.supplier.product.price.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.supplier.product.price.apply` (供应商设置渠道产品价格). */
export interface AlibabaAscpChannelSupplierProductPriceApplyRequest {
  /** 请求参数 */
  top_price_apply_create_request: AlibabaAscpChannelSupplierProductPriceApplyTopPriceApplyCreateRequestInput;
}

/** Response of `alibaba.ascp.channel.supplier.product.price.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSupplierProductPriceApplyResponse {
  /** 返回值包装 */
  result?: AlibabaAscpChannelSupplierProductPriceApplyResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopPriceApplyCreateRequest` of `alibaba.ascp.channel.supplier.product.price.apply`. */
export interface AlibabaAscpChannelSupplierProductPriceApplyTopPriceApplyCreateRequestInput {
  /** 操作人名称 */
  creator_nick: string;
  /** 渠道产品id */
  product_id: Int64Input;
  /** 最低限价 */
  advise_sale_price_low?: string;
  /** 操作人id */
  creator_id: string;
  /** SKU渠道价 */
  sku_price_map?: string;
  /** 建议零售价 */
  advise_sale_price_high?: string;
  /** 分销商名称，设置专享价填写 */
  distributor_nick?: string;
  /** 渠道价格(含税) */
  distribute_price?: string;
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 渠道价格(未税) */
  product_price?: string;
  /** 渠道编码 */
  channel_code: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.supplier.product.price.apply`. */
export interface AlibabaAscpChannelSupplierProductPriceApplyResultWrapper {
  /** 执行结果 */
  success?: boolean;
  /** 执行结果 */
  data?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  top_price_apply_create_request: {
    creator_nick: 'String',
    product_id: 'Number',
    advise_sale_price_low: 'String',
    creator_id: 'String',
    sku_price_map: 'String',
    advise_sale_price_high: 'String',
    distributor_nick: 'String',
    distribute_price: 'String',
    sub_channel_code: 'String',
    product_price: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.supplier.product.price.apply`: method, response root, request and response schemas. */
export const alibabaAscpChannelSupplierProductPriceApplyOperation = {
  method: 'alibaba.ascp.channel.supplier.product.price.apply',
  responseRoot: 'alibaba_ascp_channel_supplier_product_price_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商设置渠道产品价格 — calls TOP method `alibaba.ascp.channel.supplier.product.price.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSupplierProductPriceApply(
  client: TopClient,
  request: AlibabaAscpChannelSupplierProductPriceApplyRequest,
  options?: CallOptions,
): Promise<AlibabaAscpChannelSupplierProductPriceApplyResponse> {
  return client.call<AlibabaAscpChannelSupplierProductPriceApplyResponse>(
    {
      method: 'alibaba.ascp.channel.supplier.product.price.apply',
      responseRoot: 'alibaba_ascp_channel_supplier_product_price_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
