// Generated from specs/wdk/alibaba.wdk.fulfill.config.read.limit.order.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.config.read.limit.order` (根据仓code查询仓限单配置). */
export interface AlibabaWdkFulfillConfigReadLimitOrderRequest {
  /**
   * 仓code集合
   *
   * Max list size: 20
   */
  warehouse_code_list: string[];
}

/** Response of `alibaba.wdk.fulfill.config.read.limit.order`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillConfigReadLimitOrderResponse {
  /** result */
  results?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.config.read.limit.order`: method, response root, request and response schemas. */
export const alibabaWdkFulfillConfigReadLimitOrderOperation = {
  method: 'alibaba.wdk.fulfill.config.read.limit.order',
  responseRoot: 'alibaba_wdk_fulfill_config_read_limit_order_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据仓code查询仓限单配置 — calls TOP method `alibaba.wdk.fulfill.config.read.limit.order`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillConfigReadLimitOrder(
  client: TopClient,
  request: AlibabaWdkFulfillConfigReadLimitOrderRequest,
  options?: CallOptions,
): Promise<AlibabaWdkFulfillConfigReadLimitOrderResponse> {
  return client.call<AlibabaWdkFulfillConfigReadLimitOrderResponse>(
    {
      method: 'alibaba.wdk.fulfill.config.read.limit.order',
      responseRoot: 'alibaba_wdk_fulfill_config_read_limit_order_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
