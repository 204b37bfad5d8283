// Generated from specs/fenxiao/tmall.supplychain.channel.product.release.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.supplychain.channel.product.release.status.get` (产品铺货状态查询). */
export interface TmallSupplychainChannelProductReleaseStatusGetRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 渠道ID ( 台湾 : 111002 ) */
  channel_code: Int64Input;
}

/** Response of `tmall.supplychain.channel.product.release.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSupplychainChannelProductReleaseStatusGetResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TmallSupplychainChannelProductReleaseStatusGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.supplychain.channel.product.release.status.get`. */
export interface TmallSupplychainChannelProductReleaseStatusGetResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 查询结果 */
  module?: TmallSupplychainChannelProductReleaseStatusGetTopProductStatusResult;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `TopProductStatusResult` of `tmall.supplychain.channel.product.release.status.get`. */
export interface TmallSupplychainChannelProductReleaseStatusGetTopProductStatusResult {
  /** 产品铺货状态 */
  release?: boolean;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  channel_code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      release: 'Boolean',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.supplychain.channel.product.release.status.get`: method, response root, request and response schemas. */
export const tmallSupplychainChannelProductReleaseStatusGetOperation = {
  method: 'tmall.supplychain.channel.product.release.status.get',
  responseRoot: 'tmall_supplychain_channel_product_release_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品铺货状态查询 — calls TOP method `tmall.supplychain.channel.product.release.status.get`.
 *
 * 巴拿马战役渠道产品状态查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSupplychainChannelProductReleaseStatusGet(
  client: TopClient,
  request: TmallSupplychainChannelProductReleaseStatusGetRequest,
  options?: CallOptions,
): Promise<TmallSupplychainChannelProductReleaseStatusGetResponse> {
  return client.call<TmallSupplychainChannelProductReleaseStatusGetResponse>(
    {
      method: 'tmall.supplychain.channel.product.release.status.get',
      responseRoot: 'tmall_supplychain_channel_product_release_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
