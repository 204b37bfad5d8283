// Generated from specs/shop/taobao.store.followurl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.store.followurl.get` (获取店铺关注URL). */
export interface TaobaoStoreFollowurlGetRequest {
  /** 关注完成后的回调地址,需要是EWS地址。如果不设置，会跳转到店铺首页 */
  callback_url?: string;
  /** 商家nick */
  user_nick?: string;
  /** 商家ID */
  user_id?: Int64Input;
}

/** Response of `taobao.store.followurl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoStoreFollowurlGetResponse {
  /** 店铺关注URL */
  url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  callback_url: 'String',
  user_nick: 'String',
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.store.followurl.get`: method, response root, request and response schemas. */
export const taobaoStoreFollowurlGetOperation = {
  method: 'taobao.store.followurl.get',
  responseRoot: 'store_followurl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取店铺关注URL — calls TOP method `taobao.store.followurl.get`.
 *
 * 获取关注店铺的URL
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoStoreFollowurlGet(
  client: TopClient,
  request: TaobaoStoreFollowurlGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoStoreFollowurlGetResponse> {
  return client.call<TaobaoStoreFollowurlGetResponse>(
    {
      method: 'taobao.store.followurl.get',
      responseRoot: 'store_followurl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
