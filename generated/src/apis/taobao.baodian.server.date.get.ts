// Generated from specs/baodian/taobao.baodian.server.date.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baodian.server.date.get` (服务器时间获取). */
export interface TaobaoBaodianServerDateGetRequest {}

/** Response of `taobao.baodian.server.date.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaodianServerDateGetResponse {
  /** 返回时间为毫秒 */
  server_date?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  server_date: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.baodian.server.date.get`: method, response root, request and response schemas. */
export const taobaoBaodianServerDateGetOperation = {
  method: 'taobao.baodian.server.date.get',
  responseRoot: 'baodian_server_date_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务器时间获取 — calls TOP method `taobao.baodian.server.date.get`.
 *
 * 获取服务器时间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaodianServerDateGet(
  client: TopClient,
  request: TaobaoBaodianServerDateGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaodianServerDateGetResponse> {
  return client.call<TaobaoBaodianServerDateGetResponse>(
    {
      method: 'taobao.baodian.server.date.get',
      responseRoot: 'baodian_server_date_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
