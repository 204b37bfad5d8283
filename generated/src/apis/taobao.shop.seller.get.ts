// Generated from specs/shop/taobao.shop.seller.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.shop.seller.get` (卖家店铺基础信息查询). */
export interface TaobaoShopSellerGetRequest {
  /** 需返回的字段列表。可选值：Shop 结构中的所有字段；多个字段之间用逗号(,)分隔 */
  fields: string;
}

/** Response of `taobao.shop.seller.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoShopSellerGetResponse {
  /** 店铺信息 */
  shop?: TaobaoShopSellerGetShop;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Shop` of `taobao.shop.seller.get`. */
export interface TaobaoShopSellerGetShop {
  /** 店铺编号 */
  sid?: Int64;
  /** 店铺标题 */
  title?: string;
  /** 店标地址。返回相对路径，可以用"http://logo.taobao.com/shop-logo"来拼接成绝对路径 */
  pic_path?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  shop: {
    sid: 'Number',
    title: 'String',
    pic_path: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.shop.seller.get`: method, response root, request and response schemas. */
export const taobaoShopSellerGetOperation = {
  method: 'taobao.shop.seller.get',
  responseRoot: 'shop_seller_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家店铺基础信息查询 — calls TOP method `taobao.shop.seller.get`.
 *
 * 获取卖家店铺的基本信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoShopSellerGet(
  client: TopClient,
  request: TaobaoShopSellerGetRequest,
  options?: CallOptions,
): Promise<TaobaoShopSellerGetResponse> {
  return client.call<TaobaoShopSellerGetResponse>(
    {
      method: 'taobao.shop.seller.get',
      responseRoot: 'shop_seller_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
