// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.offer.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.offer.query` (星河-offer查询). */
export interface AlitripMerchantGalaxyOfferQueryRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** offer活动ID */
  offer_ids: string;
  /** 渠道来源 */
  offer_channel?: string;
}

/** Response of `alitrip.merchant.galaxy.offer.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOfferQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyOfferQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryResponse2 {
  /** 成功还是失败 */
  success?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** offer列表 */
  offers?: AlitripMerchantGalaxyOfferQueryOfferDetailsDto[];
  /** 错误信息 */
  error_msg?: string;
}

/** `OfferDetailsDto` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryOfferDetailsDto {
  /** offerId */
  offer_id?: Int64;
  /** 酒店数据集合 */
  hotel_content_list?: AlitripMerchantGalaxyOfferQueryHotelContentDto[];
  /** offer名称 */
  offer_name?: string;
  /** 子标题 */
  subtitle?: string;
  /** 预定开始时间 */
  book_start_date?: string;
  /** 预定结束时间 */
  book_end_date?: string;
  /** 起价单位 */
  from_price_unit?: string;
  /** 小图 */
  offer_image_small?: string;
  /** 大图 */
  offer_image_big?: string;
  /** 描述 */
  description?: string;
  /** 关联品牌 */
  join_brands?: AlitripMerchantGalaxyOfferQueryJoinBrandDto[];
  /** offer跳转url */
  offer_redirect_url?: string;
  /** 起价 */
  from_price_amount?: string;
  /** 时区 */
  time_zone?: string;
  /** offer类型 */
  offer_type?: string;
  /** 入住开始时间 */
  cl_end_date?: string;
  /** 入住结束时间 */
  cl_start_date?: string;
  /** 子类型 */
  sub_type?: string;
  /** 无线端图片 */
  offer_image_wireless?: string[];
  /** 抽奖活动 */
  activity_lucky_draw?: AlitripMerchantGalaxyOfferQueryActivityLuckyDrawVO;
  /** 弹屏信息 */
  pop_up_info?: AlitripMerchantGalaxyOfferQueryPopUpInfo;
  /** 是否配置了活动详情页 */
  need_activity_page?: boolean;
  /** 是否配置了弹屏 */
  need_pop_up_screen?: boolean;
  /** 活动底部点击按钮文案 */
  button_content?: string;
}

/** `HotelContentDto` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryHotelContentDto {
  /** 酒店id */
  hotel_id?: string;
  /** 酒店信息 */
  hotel_intro?: string;
  /** 酒店电话 */
  hotel_phone?: string;
  /** 图片 */
  picture_url?: string;
  /** 地图 */
  position_type?: number;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 地址 */
  address?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 标准id */
  shid?: Int64;
  /** 城市名称 */
  city_cn?: string;
  /** 城市code */
  city_code?: Int64;
  /** 城市名称首字母 */
  city_py_head?: string;
}

/** `JoinBrandDto` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryJoinBrandDto {
  /** 品牌logo */
  brand_logo?: string;
  /** 品牌跳转url */
  logo_redirect_url?: string;
}

/** `ActivityLuckyDrawVO` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryActivityLuckyDrawVO {
  /** 未中奖图片 */
  un_winning_images?: string;
  /** 奖品 */
  activity_goods_list?: AlitripMerchantGalaxyOfferQueryActivityGoodsList[];
  /** 老虎机奖品展示对象 */
  prize_displays?: AlitripMerchantGalaxyOfferQueryPrizeDisplay[];
}

/** `ActivityGoodsList` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryActivityGoodsList {
  /** 奖品图片 */
  image?: string;
  /** 奖品名称 */
  name?: string;
  /** 奖品id */
  id?: Int64;
}

/** `PrizeDisplay` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryPrizeDisplay {
  /** 奖品名称 */
  name?: string;
  /** 奖品URL */
  image?: string;
}

/** `PopUpInfo` of `alitrip.merchant.galaxy.offer.query`. */
export interface AlitripMerchantGalaxyOfferQueryPopUpInfo {
  /** 弹屏图片 */
  pop_up_url?: string;
  /** 弹屏跳转链接 */
  pop_up_redirect_url?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  offer_ids: 'String',
  offer_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    offers: [
      {
        offer_id: 'Number',
        hotel_content_list: [
          {
            hotel_id: 'String',
            hotel_intro: 'String',
            hotel_phone: 'String',
            picture_url: 'String',
            position_type: 'byte',
            latitude: 'String',
            longitude: 'String',
            address: 'String',
            hotel_name: 'String',
            shid: 'Number',
            city_cn: 'String',
            city_code: 'Number',
            city_py_head: 'String',
          },
        ],
        offer_name: 'String',
        subtitle: 'String',
        book_start_date: 'String',
        book_end_date: 'String',
        from_price_unit: 'String',
        offer_image_small: 'String',
        offer_image_big: 'String',
        description: 'String',
        join_brands: [
          {
            brand_logo: 'String',
            logo_redirect_url: 'String',
          },
        ],
        offer_redirect_url: 'String',
        from_price_amount: 'String',
        time_zone: 'String',
        offer_type: 'String',
        cl_end_date: 'String',
        cl_start_date: 'String',
        sub_type: 'String',
        offer_image_wireless: ['String'],
        activity_lucky_draw: {
          un_winning_images: 'String',
          activity_goods_list: [
            {
              image: 'String',
              name: 'String',
              id: 'Number',
            },
          ],
          prize_displays: [
            {
              name: 'String',
              image: 'String',
            },
          ],
        },
        pop_up_info: {
          pop_up_url: 'String',
          pop_up_redirect_url: 'String',
        },
        need_activity_page: 'Boolean',
        need_pop_up_screen: 'Boolean',
        button_content: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.offer.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOfferQueryOperation = {
  method: 'alitrip.merchant.galaxy.offer.query',
  responseRoot: 'alitrip_merchant_galaxy_offer_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-offer查询 — calls TOP method `alitrip.merchant.galaxy.offer.query`.
 *
 * 根据offer的ID查询offer信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOfferQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyOfferQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOfferQueryResponse> {
  return client.call<AlitripMerchantGalaxyOfferQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.offer.query',
      responseRoot: 'alitrip_merchant_galaxy_offer_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
