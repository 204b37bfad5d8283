// Generated from specs/alsc/taobao.place.storecategory.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.storecategory.get` (获取门店类目信息). */
export interface TaobaoPlaceStorecategoryGetRequest {}

/** Response of `taobao.place.storecategory.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStorecategoryGetResponse {
  /** 门店类目格式 */
  category_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  category_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.storecategory.get`: method, response root, request and response schemas. */
export const taobaoPlaceStorecategoryGetOperation = {
  method: 'taobao.place.storecategory.get',
  responseRoot: 'place_storecategory_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取门店类目信息 — calls TOP method `taobao.place.storecategory.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStorecategoryGet(
  client: TopClient,
  request: TaobaoPlaceStorecategoryGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStorecategoryGetResponse> {
  return client.call<TaobaoPlaceStorecategoryGetResponse>(
    {
      method: 'taobao.place.storecategory.get',
      responseRoot: 'place_storecategory_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
