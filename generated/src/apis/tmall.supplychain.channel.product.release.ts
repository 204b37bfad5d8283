// Generated from specs/fenxiao/tmall.supplychain.channel.product.release.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.supplychain.channel.product.release` (供应商铺货). */
export interface TmallSupplychainChannelProductReleaseRequest {
  /** 产品数字ID */
  product_id?: Int64Input;
  /** 渠道ID */
  channel_code?: Int64Input;
}

/** Response of `tmall.supplychain.channel.product.release`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSupplychainChannelProductReleaseResponse {
  /** 返回结果 */
  result?: TmallSupplychainChannelProductReleaseResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.supplychain.channel.product.release`. */
export interface TmallSupplychainChannelProductReleaseResultDto {
  /** 链路ID */
  trace_id?: string;
  /** 异常名 */
  exp_name?: string;
  /** 重定向url */
  redirect_url?: string;
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  channel_code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    exp_name: 'String',
    redirect_url: 'String',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.supplychain.channel.product.release`: method, response root, request and response schemas. */
export const tmallSupplychainChannelProductReleaseOperation = {
  method: 'tmall.supplychain.channel.product.release',
  responseRoot: 'tmall_supplychain_channel_product_release_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商铺货 — calls TOP method `tmall.supplychain.channel.product.release`.
 *
 * 供应商渠道铺货接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSupplychainChannelProductRelease(
  client: TopClient,
  request: TmallSupplychainChannelProductReleaseRequest = {},
  options?: CallOptions,
): Promise<TmallSupplychainChannelProductReleaseResponse> {
  return client.call<TmallSupplychainChannelProductReleaseResponse>(
    {
      method: 'tmall.supplychain.channel.product.release',
      responseRoot: 'tmall_supplychain_channel_product_release_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
