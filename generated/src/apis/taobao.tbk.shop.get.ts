// Generated from specs/tbk/taobao.tbk.shop.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.shop.get` (淘宝客-推广者-店铺搜索). */
export interface TaobaoTbkShopGetRequest {
  /** 累计推广商品上限 */
  end_auction_count?: Int64Input;
  /** 淘客佣金比率上限，1~10000 */
  end_commission_rate?: Int64Input;
  /** 信用等级上限，1~20 */
  end_credit?: Int64Input;
  /** 店铺商品总数上限 */
  end_total_action?: Int64Input;
  /** 需返回的字段列表 */
  fields: string;
  /** 是否商城的店铺，设置为true表示该是属于淘宝商城的店铺，设置为false或不设置表示不判断这个属性 */
  is_tmall?: boolean;
  /** 第几页，默认1，1~100 */
  page_no?: Int64Input;
  /** 页大小，默认20，1~100 */
  page_size?: Int64Input;
  /** 链接形式：1：PC，2：无线，默认：１ */
  platform?: Int64Input;
  /** 查询词 */
  q: string;
  /** 排序_des（降序），排序_asc（升序），佣金比率（commission_rate）， 商品数量（auction_count），销售总数量（total_auction） */
  sort?: string;
  /** 累计推广商品下限 */
  start_auction_count?: Int64Input;
  /** 淘客佣金比率下限，1~10000 */
  start_commission_rate?: Int64Input;
  /** 信用等级下限，1~20 */
  start_credit?: Int64Input;
  /** 店铺商品总数下限 */
  start_total_action?: Int64Input;
}

/** Response of `taobao.tbk.shop.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkShopGetResponse {
  /** 淘宝客店铺 */
  results?: TaobaoTbkShopGetNTbkShop[];
  /** 搜索到符合条件的结果总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NTbkShop` of `taobao.tbk.shop.get`. */
export interface TaobaoTbkShopGetNTbkShop {
  /** 店铺地址 */
  shop_url?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 店铺类型，B：天猫，C：淘宝 */
  shop_type?: string;
  /** 店铺名称 */
  shop_title?: string;
  /** 卖家ID */
  user_id?: Int64;
  /** 店标图片 */
  pict_url?: string;
}

const REQUEST_SCHEMA = {
  end_auction_count: 'Number',
  end_commission_rate: 'Number',
  end_credit: 'Number',
  end_total_action: 'Number',
  fields: 'String',
  is_tmall: 'Boolean',
  page_no: 'Number',
  page_size: 'Number',
  platform: 'Number',
  q: 'String',
  sort: 'String',
  start_auction_count: 'Number',
  start_commission_rate: 'Number',
  start_credit: 'Number',
  start_total_action: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      shop_url: 'String',
      seller_nick: 'String',
      shop_type: 'String',
      shop_title: 'String',
      user_id: 'Number',
      pict_url: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.shop.get`: method, response root, request and response schemas. */
export const taobaoTbkShopGetOperation = {
  method: 'taobao.tbk.shop.get',
  responseRoot: 'tbk_shop_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-店铺搜索 — calls TOP method `taobao.tbk.shop.get`.
 *
 * 淘宝客店铺查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkShopGet(
  client: TopClient,
  request: TaobaoTbkShopGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkShopGetResponse> {
  return client.call<TaobaoTbkShopGetResponse>(
    {
      method: 'taobao.tbk.shop.get',
      responseRoot: 'tbk_shop_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
