// Generated from specs/iot/tmall.device.item.promotion.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.device.item.promotion.get` (智能硬件上商品优惠获取). */
export interface TmallDeviceItemPromotionGetRequest {
  /** 商品id */
  item_id: Int64Input;
}

/** Response of `tmall.device.item.promotion.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallDeviceItemPromotionGetResponse {
  /** 优惠详细信息 */
  promotions?: TmallDeviceItemPromotionGetPromotionDisplayTop;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromotionDisplayTop` of `tmall.device.item.promotion.get`. */
export interface TmallDeviceItemPromotionGetPromotionDisplayTop {
  /** 单品级优惠信息 */
  promotion_in_item_list?: TmallDeviceItemPromotionGetPromotionInItem[];
  /** 店铺级优惠信息 */
  promotion_in_shop_list?: TmallDeviceItemPromotionGetPromotionInShop[];
}

/** `PromotionInItem` of `tmall.device.item.promotion.get`. */
export interface TmallDeviceItemPromotionGetPromotionInItem {
  /** idValue的值 */
  promotion_id?: string;
  /** 优惠展示名称 */
  name?: string;
  /** 优惠折后价格 */
  item_promo_price?: string;
  /** sku价格列表 */
  sku_price_list?: string;
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

/** `PromotionInShop` of `tmall.device.item.promotion.get`. */
export interface TmallDeviceItemPromotionGetPromotionInShop {
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
    promotion_in_item_list: [
      {
        promotion_id: 'String',
        name: 'String',
        item_promo_price: 'String',
        sku_price_list: 'String',
        desc: 'String',
        start_time: 'Date',
        end_time: 'Date',
        other_need: 'String',
        other_send: 'String',
        sku_id_list: ['String'],
      },
    ],
    promotion_in_shop_list: [
      {
        name: 'String',
        promotion_id: 'String',
        promotion_detail_desc: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.device.item.promotion.get`: method, response root, request and response schemas. */
export const tmallDeviceItemPromotionGetOperation = {
  method: 'tmall.device.item.promotion.get',
  responseRoot: 'tmall_device_item_promotion_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能硬件上商品优惠获取 — calls TOP method `tmall.device.item.promotion.get`.
 *
 * 商品优惠详情查询，可查询商品设置的详细优惠。包括限时折扣，满就送等官方优惠以及第三方优惠。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallDeviceItemPromotionGet(
  client: TopClient,
  request: TmallDeviceItemPromotionGetRequest,
  options?: CallOptions,
): Promise<TmallDeviceItemPromotionGetResponse> {
  return client.call<TmallDeviceItemPromotionGetResponse>(
    {
      method: 'tmall.device.item.promotion.get',
      responseRoot: 'tmall_device_item_promotion_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
