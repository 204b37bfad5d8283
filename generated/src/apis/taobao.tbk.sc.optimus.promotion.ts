// Generated from specs/tbk/taobao.tbk.sc.optimus.promotion.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.optimus.promotion` (淘宝客-服务商-权益物料精选). */
export interface TaobaoTbkScOptimusPromotionRequest {
  /** 页大小，每次请求限制10以内 */
  page_size?: Int64Input;
  /** 第几页，默认：1 */
  page_num?: Int64Input;
  /** mm_xxx_xxx_xxx的第3段数字 */
  adzone_id: Int64Input;
  /** 官方提供的权益物料Id。有价券-37104、大额店铺券-37116、天猫店铺券-62191、券券补-61809 更多权益物料id敬请期待！ */
  promotion_id: Int64Input;
  /** mm_xxx_xxx_xxx的第2段数字 */
  site_id: Int64Input;
}

/** Response of `taobao.tbk.sc.optimus.promotion`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScOptimusPromotionResponse {
  /** resultList */
  result_list?: TaobaoTbkScOptimusPromotionMapData[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.sc.optimus.promotion`. */
export interface TaobaoTbkScOptimusPromotionMapData {
  /** 权益类型。1 有价券（需要购买的店铺券或单品券） 2 公开券（直接领取的店铺券或单品券） 3 妈妈券（妈妈渠道领取的店铺券或单品券） 4.品类券 （跨店可用券，可与1，2，3叠加） */
  promotion_type?: string;
  /** 优惠门槛类型： 1 满元 2 满件 */
  condition_type?: string;
  /** 优惠类型： 1 减钱 2 打折 */
  discount_type?: string;
  /** 权益信息-总量（权益初始库存量） */
  total_count?: Int64;
  /** 权益信息-剩余库存（权益剩余库存量） */
  remain_count?: Int64;
  /** 权益信息展示开始时间，精确到毫秒时间戳 */
  display_start_time?: string;
  /** 权益信息展示结束时间，精确到毫秒时间戳 */
  display_end_time?: string;
  /** 权益信息 */
  promotion_list?: TaobaoTbkScOptimusPromotionPromotionList[];
  /** 权益扩展信息 */
  promotion_extend?: TaobaoTbkScOptimusPromotionPromotionExtend;
  /** 店铺信息-卖家ID */
  seller_id?: string;
  /** 店铺信息-卖家昵称 */
  nick?: string;
  /** 店铺信息-店铺名称 */
  shop_title?: string;
  /** 店铺信息-店铺logo */
  shop_picture_url?: string;
}

/** `PromotionList` of `taobao.tbk.sc.optimus.promotion`. */
export interface TaobaoTbkScOptimusPromotionPromotionList {
  /** 权益开始时间，精确到毫秒时间戳 */
  entry_used_start_time?: string;
  /** 权益结束时间，精确到毫秒时间戳 */
  entry_used_end_time?: string;
  /** 权益起用门槛，满X元可用，券场景为满元，精确到分，如满100元可用 */
  entry_condition?: string;
  /** 权益面额，券场景为减钱，精确到分 */
  entry_discount?: string;
}

/** `PromotionExtend` of `taobao.tbk.sc.optimus.promotion`. */
export interface TaobaoTbkScOptimusPromotionPromotionExtend {
  /** 权益推荐商品 */
  recommend_item_list?: TaobaoTbkScOptimusPromotionRecommendItemList[];
  /** 有价券信息 */
  youjia_coupon_info?: TaobaoTbkScOptimusPromotionYoujiacouponinfo;
  /** 权益链接 */
  promotion_url?: string;
}

/** `RecommendItemList` of `taobao.tbk.sc.optimus.promotion`. */
export interface TaobaoTbkScOptimusPromotionRecommendItemList {
  /** 权益推荐商品id */
  item_id?: Int64;
  /** 商品链接 */
  url?: string;
}

/** `Youjiacouponinfo` of `taobao.tbk.sc.optimus.promotion`. */
export interface TaobaoTbkScOptimusPromotionYoujiacouponinfo {
  /** 有价券商品id */
  item_id?: string;
  /** 商品链接 */
  url?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_num: 'Number',
  adzone_id: 'Number',
  promotion_id: 'Number',
  site_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      promotion_type: 'String',
      condition_type: 'String',
      discount_type: 'String',
      total_count: 'Number',
      remain_count: 'Number',
      display_start_time: 'String',
      display_end_time: 'String',
      promotion_list: [
        {
          entry_used_start_time: 'String',
          entry_used_end_time: 'String',
          entry_condition: 'String',
          entry_discount: 'String',
        },
      ],
      promotion_extend: {
        recommend_item_list: [
          {
            item_id: 'Number',
            url: 'String',
          },
        ],
        youjia_coupon_info: {
          item_id: 'String',
          url: 'String',
        },
        promotion_url: 'String',
      },
      seller_id: 'String',
      nick: 'String',
      shop_title: 'String',
      shop_picture_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.optimus.promotion`: method, response root, request and response schemas. */
export const taobaoTbkScOptimusPromotionOperation = {
  method: 'taobao.tbk.sc.optimus.promotion',
  responseRoot: 'tbk_sc_optimus_promotion_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-权益物料精选 — calls TOP method `taobao.tbk.sc.optimus.promotion`.
 *
 * 服务商使用。支持入参推广者对应的“推广位”和官方提供的“权益物料id”，获取指定权益物料。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScOptimusPromotion(
  client: TopClient,
  request: TaobaoTbkScOptimusPromotionRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScOptimusPromotionResponse> {
  return client.call<TaobaoTbkScOptimusPromotionResponse>(
    {
      method: 'taobao.tbk.sc.optimus.promotion',
      responseRoot: 'tbk_sc_optimus_promotion_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
