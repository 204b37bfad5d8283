// Generated from specs/shop/taobao.shopcats.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.shopcats.list.get` (获取前台展示的店铺类目). */
export interface TaobaoShopcatsListGetRequest {
  /**
   * 需要返回的字段列表，见ShopCat，默认返回：cid,parent_cid,name,is_parent
   *
   * Max list size: 20
   */
  fields?: string[];
}

/** Response of `taobao.shopcats.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoShopcatsListGetResponse {
  /** 店铺类目列表信息 */
  shop_cats?: TaobaoShopcatsListGetShopCat[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShopCat` of `taobao.shopcats.list.get`. */
export interface TaobaoShopcatsListGetShopCat {
  /** 类目编号 */
  cid?: Int64;
  /** 父类目编号，注：此类目指前台类目，值等于0：表示此类目为一级类目，值不等于0：表示此类目有父类目 */
  parent_cid?: Int64;
  /** 类目名称 */
  name?: string;
  /** 该类目是否为父类目。即：该类目是否还有子类目 */
  is_parent?: boolean;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  shop_cats: [
    {
      cid: 'Number',
      parent_cid: 'Number',
      name: 'String',
      is_parent: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.shopcats.list.get`: method, response root, request and response schemas. */
export const taobaoShopcatsListGetOperation = {
  method: 'taobao.shopcats.list.get',
  responseRoot: 'shopcats_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取前台展示的店铺类目 — calls TOP method `taobao.shopcats.list.get`.
 *
 * 获取淘宝面向买家的浏览导航类目（跟后台卖家商品管理的类目有差异）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoShopcatsListGet(
  client: TopClient,
  request: TaobaoShopcatsListGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoShopcatsListGetResponse> {
  return client.call<TaobaoShopcatsListGetResponse>(
    {
      method: 'taobao.shopcats.list.get',
      responseRoot: 'shopcats_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
