// Generated from specs/product/taobao.item.carturl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.carturl.get` (加购URL获取). */
export interface TaobaoItemCarturlGetRequest {
  /**
   * 商品信息，格式为 商品ID_SKU ID_数量，多条记录以逗号(,)分割
   *
   * Max list size: 9
   */
  item_ids: string[];
  /** 回调地址，需要是EWS域名地址。可不填，默认到购物车页面 */
  callback_url?: string;
  /** 商家Nick，优先使用user_id */
  user_nick?: string;
  /** 商家ID */
  user_id?: Int64Input;
  /** 扩展属性，关注店铺的时候会传递下去，格式为K:V|K:V格式 */
  ext_params?: string;
  /** 端类型，默认是tb，可选tb,hm */
  type?: string;
}

/** Response of `taobao.item.carturl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemCarturlGetResponse {
  /** 加购的URL地址 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_ids: ['String'],
  callback_url: 'String',
  user_nick: 'String',
  user_id: 'Number',
  ext_params: 'String',
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.carturl.get`: method, response root, request and response schemas. */
export const taobaoItemCarturlGetOperation = {
  method: 'taobao.item.carturl.get',
  responseRoot: 'item_carturl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 加购URL获取 — calls TOP method `taobao.item.carturl.get`.
 *
 * 获取加购URL，支持添加商品到购物车
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemCarturlGet(
  client: TopClient,
  request: TaobaoItemCarturlGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemCarturlGetResponse> {
  return client.call<TaobaoItemCarturlGetResponse>(
    {
      method: 'taobao.item.carturl.get',
      responseRoot: 'item_carturl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
