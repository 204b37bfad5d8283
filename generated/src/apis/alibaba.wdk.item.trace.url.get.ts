// Generated from specs/wdk/alibaba.wdk.item.trace.url.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.trace.url.get` (根据shopId和skuCode返回商品静态溯源url). */
export interface AlibabaWdkItemTraceUrlGetRequest {
  /** 商品skuCode */
  sku_code: string;
  /** 所属门店code */
  shop_id: string;
  /** 来源编码 */
  source_code: string;
}

/** Response of `alibaba.wdk.item.trace.url.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemTraceUrlGetResponse {
  /** message */
  message?: string;
  /** data */
  data?: string;
  /** code */
  return_code?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sku_code: 'String',
  shop_id: 'String',
  source_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  data: 'String',
  return_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.trace.url.get`: method, response root, request and response schemas. */
export const alibabaWdkItemTraceUrlGetOperation = {
  method: 'alibaba.wdk.item.trace.url.get',
  responseRoot: 'alibaba_wdk_item_trace_url_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据shopId和skuCode返回商品静态溯源url — calls TOP method `alibaba.wdk.item.trace.url.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemTraceUrlGet(
  client: TopClient,
  request: AlibabaWdkItemTraceUrlGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemTraceUrlGetResponse> {
  return client.call<AlibabaWdkItemTraceUrlGetResponse>(
    {
      method: 'alibaba.wdk.item.trace.url.get',
      responseRoot: 'alibaba_wdk_item_trace_url_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
