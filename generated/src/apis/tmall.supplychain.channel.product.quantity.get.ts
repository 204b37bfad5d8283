// Generated from specs/fenxiao/tmall.supplychain.channel.product.quantity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.supplychain.channel.product.quantity.get` (渠道库存查询接口). */
export interface TmallSupplychainChannelProductQuantityGetRequest {
  /** 产品数字ID */
  product_id?: Int64Input;
  /** SKU ID */
  sku_id?: Int64Input;
}

/** Response of `tmall.supplychain.channel.product.quantity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSupplychainChannelProductQuantityGetResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TmallSupplychainChannelProductQuantityGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.supplychain.channel.product.quantity.get`. */
export interface TmallSupplychainChannelProductQuantityGetResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 库存数量 */
  module?: string;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  sku_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: 'String',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.supplychain.channel.product.quantity.get`: method, response root, request and response schemas. */
export const tmallSupplychainChannelProductQuantityGetOperation = {
  method: 'tmall.supplychain.channel.product.quantity.get',
  responseRoot: 'tmall_supplychain_channel_product_quantity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道库存查询接口 — calls TOP method `tmall.supplychain.channel.product.quantity.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSupplychainChannelProductQuantityGet(
  client: TopClient,
  request: TmallSupplychainChannelProductQuantityGetRequest = {},
  options?: CallOptions,
): Promise<TmallSupplychainChannelProductQuantityGetResponse> {
  return client.call<TmallSupplychainChannelProductQuantityGetResponse>(
    {
      method: 'tmall.supplychain.channel.product.quantity.get',
      responseRoot: 'tmall_supplychain_channel_product_quantity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
