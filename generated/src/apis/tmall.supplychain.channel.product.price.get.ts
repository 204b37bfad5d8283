// Generated from specs/fenxiao/tmall.supplychain.channel.product.price.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.supplychain.channel.product.price.get` (渠道价格查询接口). */
export interface TmallSupplychainChannelProductPriceGetRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 区域价、指导价 */
  price_type?: Int64Input;
  /** SKU ID */
  sku_id?: Int64Input;
  /** 渠道ID（台湾市场/供销平台/大农业…..） */
  channel_code: Int64Input;
}

/** Response of `tmall.supplychain.channel.product.price.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSupplychainChannelProductPriceGetResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TmallSupplychainChannelProductPriceGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.supplychain.channel.product.price.get`. */
export interface TmallSupplychainChannelProductPriceGetResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 询价结果 */
  module?: TmallSupplychainChannelProductPriceGetTopProductPriceResult;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `TopProductPriceResult` of `tmall.supplychain.channel.product.price.get`. */
export interface TmallSupplychainChannelProductPriceGetTopProductPriceResult {
  /** 产品ID */
  product_id?: Int64;
  /** SKU ID */
  sku_id?: Int64;
  /** 渠道编码 */
  channel_code?: Int64;
  /** 价格类型，区域价、指导价 */
  price_type?: Int64;
  /** 价格 */
  price?: string;
  /** 币种 */
  currency_type?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  price_type: 'Number',
  sku_id: 'Number',
  channel_code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      product_id: 'Number',
      sku_id: 'Number',
      channel_code: 'Number',
      price_type: 'Number',
      price: 'String',
      currency_type: 'String',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.supplychain.channel.product.price.get`: method, response root, request and response schemas. */
export const tmallSupplychainChannelProductPriceGetOperation = {
  method: 'tmall.supplychain.channel.product.price.get',
  responseRoot: 'tmall_supplychain_channel_product_price_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道价格查询接口 — calls TOP method `tmall.supplychain.channel.product.price.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSupplychainChannelProductPriceGet(
  client: TopClient,
  request: TmallSupplychainChannelProductPriceGetRequest,
  options?: CallOptions,
): Promise<TmallSupplychainChannelProductPriceGetResponse> {
  return client.call<TmallSupplychainChannelProductPriceGetResponse>(
    {
      method: 'tmall.supplychain.channel.product.price.get',
      responseRoot: 'tmall_supplychain_channel_product_price_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
