// Generated from specs/shop/taobao.sellercats.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercats.list.get` (获取前台展示的店铺内卖家自定义商品类目). */
export interface TaobaoSellercatsListGetRequest {}

/** Response of `taobao.sellercats.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercatsListGetResponse {
  /** 卖家自定义类目 */
  seller_cats?: TaobaoSellercatsListGetSellerCat[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerCat` of `taobao.sellercats.list.get`. */
export interface TaobaoSellercatsListGetSellerCat {
  /** 卖家自定义类目编号 */
  cid?: Int64;
  /** 父类目编号，值等于0：表示此类目为店铺下的一级类目，值不等于0：表示此类目有父类目 */
  parent_cid?: Int64;
  /** 卖家自定义类目名称 */
  name?: string;
  /** 链接图片地址 */
  pic_url?: string;
  /** 该类目在页面上的排序位置 */
  sort_order?: Int64;
  /** 店铺类目类型：可选值：manual_type：手动分类，new_type：新品上价， tree_type：二三级类目树 ，property_type：属性叶子类目树， brand_type：品牌推广 */
  type?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  seller_cats: [
    {
      cid: 'Number',
      parent_cid: 'Number',
      name: 'String',
      pic_url: 'String',
      sort_order: 'Number',
      type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercats.list.get`: method, response root, request and response schemas. */
export const taobaoSellercatsListGetOperation = {
  method: 'taobao.sellercats.list.get',
  responseRoot: 'sellercats_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取前台展示的店铺内卖家自定义商品类目 — calls TOP method `taobao.sellercats.list.get`.
 *
 * 此API获取当前卖家店铺在淘宝前端被展示的浏览导航类目（面向买家）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercatsListGet(
  client: TopClient,
  request: TaobaoSellercatsListGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSellercatsListGetResponse> {
  return client.call<TaobaoSellercatsListGetResponse>(
    {
      method: 'taobao.sellercats.list.get',
      responseRoot: 'sellercats_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
