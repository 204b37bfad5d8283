// Generated from specs/fenxiao/tmall.supplychain.channel.product.downshelf.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.supplychain.channel.product.downshelf` (产品下架). */
export interface TmallSupplychainChannelProductDownshelfRequest {
  /** 产品ID */
  product_id: Int64Input;
}

/** Response of `tmall.supplychain.channel.product.downshelf`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSupplychainChannelProductDownshelfResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TmallSupplychainChannelProductDownshelfResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.supplychain.channel.product.downshelf`. */
export interface TmallSupplychainChannelProductDownshelfResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 下架结果 */
  module?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.supplychain.channel.product.downshelf`: method, response root, request and response schemas. */
export const tmallSupplychainChannelProductDownshelfOperation = {
  method: 'tmall.supplychain.channel.product.downshelf',
  responseRoot: 'tmall_supplychain_channel_product_downshelf_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品下架 — calls TOP method `tmall.supplychain.channel.product.downshelf`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSupplychainChannelProductDownshelf(
  client: TopClient,
  request: TmallSupplychainChannelProductDownshelfRequest,
  options?: CallOptions,
): Promise<TmallSupplychainChannelProductDownshelfResponse> {
  return client.call<TmallSupplychainChannelProductDownshelfResponse>(
    {
      method: 'tmall.supplychain.channel.product.downshelf',
      responseRoot: 'tmall_supplychain_channel_product_downshelf_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
