// Generated from specs/shop/alibaba.data.item.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.data.item.get` (获取商品). */
export interface AlibabaDataItemGetRequest {
  /** 获取商品信息，作为客户端Weex鉴权的虚拟api */
  un_named?: string;
}

/** Response of `alibaba.data.item.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDataItemGetResponse {
  /** 获取商品信息，作为客户端Weex鉴权的虚拟api */
  unnamed?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  un_named: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  unnamed: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.data.item.get`: method, response root, request and response schemas. */
export const alibabaDataItemGetOperation = {
  method: 'alibaba.data.item.get',
  responseRoot: 'alibaba_data_item_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商品 — calls TOP method `alibaba.data.item.get`.
 *
 * 获取商品信息，作为客户端Weex鉴权的虚拟api
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDataItemGet(
  client: TopClient,
  request: AlibabaDataItemGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaDataItemGetResponse> {
  return client.call<AlibabaDataItemGetResponse>(
    {
      method: 'alibaba.data.item.get',
      responseRoot: 'alibaba_data_item_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
