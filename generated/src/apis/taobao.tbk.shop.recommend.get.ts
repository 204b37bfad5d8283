// Generated from specs/tbk/taobao.tbk.shop.recommend.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.shop.recommend.get` (淘宝客-公用-店铺关联推荐). */
export interface TaobaoTbkShopRecommendGetRequest {
  /** 返回数量，默认20，最大值40 */
  count?: Int64Input;
  /** 需返回的字段列表 */
  fields: string;
  /** 链接形式：1：PC，2：无线，默认：１ */
  platform?: Int64Input;
  /** 卖家Id */
  user_id: Int64Input;
}

/** Response of `taobao.tbk.shop.recommend.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkShopRecommendGetResponse {
  /** 淘宝客店铺 */
  results?: TaobaoTbkShopRecommendGetNTbkShop[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NTbkShop` of `taobao.tbk.shop.recommend.get`. */
export interface TaobaoTbkShopRecommendGetNTbkShop {
  /** 卖家ID */
  user_id?: Int64;
  /** 店铺名称 */
  shop_title?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 店铺类型，B：天猫，C：淘宝 */
  shop_type?: string;
  /** 店铺地址 */
  shop_url?: string;
  /** 店标图片 */
  pict_url?: string;
}

const REQUEST_SCHEMA = {
  count: 'Number',
  fields: 'String',
  platform: 'Number',
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      user_id: 'Number',
      shop_title: 'String',
      seller_nick: 'String',
      shop_type: 'String',
      shop_url: 'String',
      pict_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.shop.recommend.get`: method, response root, request and response schemas. */
export const taobaoTbkShopRecommendGetOperation = {
  method: 'taobao.tbk.shop.recommend.get',
  responseRoot: 'tbk_shop_recommend_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-公用-店铺关联推荐 — calls TOP method `taobao.tbk.shop.recommend.get`.
 *
 * 入参卖家id，可推荐与此店铺相关联的相关店铺。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkShopRecommendGet(
  client: TopClient,
  request: TaobaoTbkShopRecommendGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkShopRecommendGetResponse> {
  return client.call<TaobaoTbkShopRecommendGetResponse>(
    {
      method: 'taobao.tbk.shop.recommend.get',
      responseRoot: 'tbk_shop_recommend_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
