// Generated from specs/fenxiao/tmall.supplychain.channel.product.price.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.supplychain.channel.product.price.update` (渠道价格更新接口). */
export interface TmallSupplychainChannelProductPriceUpdateRequest {
  /** 币种，非必填，仅支持当商品记为外币价格时使用 */
  currency_type?: string;
  /** 产品数字ID */
  product_id: Int64Input;
  /** 1.指导价(默认) 2.区域价 */
  price_type?: Int64Input;
  /** 属于这个sku的商品的价格 取值范围:0-100000000;精确到2位小数;单位:元。如:200.07，表示:200元7分。 */
  sku_price?: string;
  /** 产品价格，必填 */
  product_price?: string;
  /** SKU ID */
  sku_id?: Int64Input;
  /** 渠道编码 */
  channel_code: Int64Input;
}

/** Response of `tmall.supplychain.channel.product.price.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSupplychainChannelProductPriceUpdateResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TmallSupplychainChannelProductPriceUpdateResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDTO` of `tmall.supplychain.channel.product.price.update`. */
export interface TmallSupplychainChannelProductPriceUpdateResultDTO {
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  currency_type: 'String',
  product_id: 'Number',
  price_type: 'Number',
  sku_price: 'String',
  product_price: 'String',
  sku_id: 'Number',
  channel_code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.supplychain.channel.product.price.update`: method, response root, request and response schemas. */
export const tmallSupplychainChannelProductPriceUpdateOperation = {
  method: 'tmall.supplychain.channel.product.price.update',
  responseRoot: 'tmall_supplychain_channel_product_price_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道价格更新接口 — calls TOP method `tmall.supplychain.channel.product.price.update`.
 *
 * 更新渠道产品价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSupplychainChannelProductPriceUpdate(
  client: TopClient,
  request: TmallSupplychainChannelProductPriceUpdateRequest,
  options?: CallOptions,
): Promise<TmallSupplychainChannelProductPriceUpdateResponse> {
  return client.call<TmallSupplychainChannelProductPriceUpdateResponse>(
    {
      method: 'tmall.supplychain.channel.product.price.update',
      responseRoot: 'tmall_supplychain_channel_product_price_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
