// Generated from specs/product/taobao.ump.promotion.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.promotion.get` (商品优惠详情查询). */
export interface TaobaoUmpPromotionGetRequest {
  /** 商品id */
  item_id: Int64Input;
}

/** Response of `taobao.ump.promotion.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpPromotionGetResponse {
  /** 优惠详细信息 */
  promotions?: TaobaoUmpPromotionGetPromotionDisplayTop;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromotionDisplayTop` of `taobao.ump.promotion.get`. */
export interface TaobaoUmpPromotionGetPromotionDisplayTop {
  /** 单品级优惠信息 */
  promotion_in_item?: TaobaoUmpPromotionGetPromotionInItem[];
  /** 店铺级优惠信息 */
  promotion_in_shop?: TaobaoUmpPromotionGetPromotionInShop[];
}

/** `PromotionInItem` of `taobao.ump.promotion.get`. */
export interface TaobaoUmpPromotionGetPromotionInItem {
  /** idValue的值 */
  promotion_id?: string;
  /** 优惠展示名称 */
  name?: string;
  /** 优惠折后价格 */
  item_promo_price?: string;
  /** sku价格列表 */
  sku_price_list?: string[];
  /** 优惠描述 */
  desc?: string;
  /** 优惠开始时间 */
  start_time?: string;
  /** 优惠结束时间 */
  end_time?: string;
  /** 需要支付附加物，显示为+xxx。如：+20淘金币 */
  other_need?: string;
  /** 赠送东西。如：送10商城积分 */
  other_send?: string;
  /** sku价格对应的id（保证二者顺序相同） */
  sku_id_list?: string[];
}

/** `PromotionInShop` of `taobao.ump.promotion.get`. */
export interface TaobaoUmpPromotionGetPromotionInShop {
  /** 优惠活动名称 */
  name?: string;
  /** idValue值 */
  promotion_id?: string;
  /** 优惠详情描述。 */
  promotion_detail_desc?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  promotions: {
    promotion_in_item: [
      {
        promotion_id: 'String',
        name: 'String',
        item_promo_price: 'String',
        sku_price_list: ['String'],
        desc: 'String',
        start_time: 'Date',
        end_time: 'Date',
        other_need: 'String',
        other_send: 'String',
        sku_id_list: ['String'],
      },
    ],
    promotion_in_shop: [
      {
        name: 'String',
        promotion_id: 'String',
        promotion_detail_desc: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.promotion.get`: method, response root, request and response schemas. */
export const taobaoUmpPromotionGetOperation = {
  method: 'taobao.ump.promotion.get',
  responseRoot: 'ump_promotion_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品优惠详情查询 — calls TOP method `taobao.ump.promotion.get`.
 *
 * 商品优惠详情查询，可查询商品设置的详细优惠。包括限时折扣，满就送等官方优惠以及第三方优惠。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpPromotionGet(
  client: TopClient,
  request: TaobaoUmpPromotionGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpPromotionGetResponse> {
  return client.call<TaobaoUmpPromotionGetResponse>(
    {
      method: 'taobao.ump.promotion.get',
      responseRoot: 'ump_promotion_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
