// Generated from specs/baichuan/taobao.baichuan.orderurl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.orderurl.get` (百川订单详情). */
export interface TaobaoBaichuanOrderurlGetRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.orderurl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanOrderurlGetResponse {
  /** name */
  name?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.baichuan.orderurl.get`: method, response root, request and response schemas. */
export const taobaoBaichuanOrderurlGetOperation = {
  method: 'taobao.baichuan.orderurl.get',
  responseRoot: 'baichuan_orderurl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川订单详情 — calls TOP method `taobao.baichuan.orderurl.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanOrderurlGet(
  client: TopClient,
  request: TaobaoBaichuanOrderurlGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanOrderurlGetResponse> {
  return client.call<TaobaoBaichuanOrderurlGetResponse>(
    {
      method: 'taobao.baichuan.orderurl.get',
      responseRoot: 'baichuan_orderurl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
