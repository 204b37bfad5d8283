// Generated from specs/alsc/taobao.place.store.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.delete` (线下门店删除). */
export interface TaobaoPlaceStoreDeleteRequest {
  /** 门店id */
  store_id: Int64Input;
}

/** Response of `taobao.place.store.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreDeleteResponse {
  /** 门店删除结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.delete`: method, response root, request and response schemas. */
export const taobaoPlaceStoreDeleteOperation = {
  method: 'taobao.place.store.delete',
  responseRoot: 'place_store_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下门店删除 — calls TOP method `taobao.place.store.delete`.
 *
 * 用于商家删除线下门店
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreDelete(
  client: TopClient,
  request: TaobaoPlaceStoreDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoPlaceStoreDeleteResponse> {
  return client.call<TaobaoPlaceStoreDeleteResponse>(
    {
      method: 'taobao.place.store.delete',
      responseRoot: 'place_store_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
