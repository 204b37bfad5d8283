// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.hotel.detail.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.hotel.detail.search` (星河-酒店详细信息搜索). */
export interface AlitripMerchantGalaxyHotelDetailSearchRequest {
  /** 租户id */
  tenant_key?: string;
  /** 酒店详情入参 */
  hotel_details_param: AlitripMerchantGalaxyHotelDetailSearchHotelDetailsParamInput;
}

/** Response of `alitrip.merchant.galaxy.hotel.detail.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyHotelDetailSearchResponse {
  /** 接口返回model */
  result?: AlitripMerchantGalaxyHotelDetailSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelDetailsParam` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchHotelDetailsParamInput {
  /** 离店时间 */
  check_out: string;
  /** 入店时间 */
  check_in: string;
  /** 外部酒店id */
  hotel_id: string;
  /** 标准酒店id */
  shid: Int64Input;
  /** 会员等级 */
  member_level: string;
  /** 成人数量 */
  adult_num: Int64Input;
  /** 儿童年龄数组 */
  children_ages?: string;
  /** 连住几晚 */
  few_nights: Int64Input;
  /** 快筛选项 */
  room_type?: string;
  /** 用户登录信息 */
  token?: string;
}

/** `Result` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 酒店详情返回实体 */
  content?: AlitripMerchantGalaxyHotelDetailSearchHotelDetailInfoDto;
  /** 错误信息 */
  error_msg?: string;
}

/** `HotelDetailInfoDto` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchHotelDetailInfoDto {
  /** 酒店图片信息 */
  hotel_pictures?: AlitripMerchantGalaxyHotelDetailSearchHotelPictureDto[];
  /** 房间数 */
  rooms?: Int64;
  /** 旗舰店与标准酒店的绑定ID */
  hid?: Int64;
  /** 地区code */
  district_code?: Int64;
  /** 经纬度类型 */
  position_type?: number;
  /** 标准酒店id */
  shid?: Int64;
  /** 城市code */
  city_code?: Int64;
  /** 开业时间 */
  opening_time?: string;
  /** 邮编 */
  postal_code?: string;
  /** 纬度 */
  latitude?: string;
  /** 酒店描述 */
  description?: string;
  /** 娱乐设施图片 */
  fun_facilitys?: string[];
  /** 国别 */
  domestic?: number;
  /** 楼层信息 */
  floors?: string;
  /** 省份 */
  province?: string;
  /** 国家 */
  country_code?: Int64;
  /** 市 */
  city_cn?: string;
  /** 传真 */
  fax?: string;
  /** 酒店设施 */
  hotel_facilitys?: string[];
  /** 品牌编码 */
  brand_code?: string;
  /** 房型设施 */
  facilitys?: string;
  /** 经度 */
  longitude?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 地址 */
  address?: string;
  /** 星级 */
  star?: string;
  /** 省份code */
  province_code?: Int64;
  /** 装修时间 */
  decorate_time?: string;
  /** 酒店中文名称 */
  name_cn?: string;
  /** 外部酒店id */
  hotel_id?: string;
  /** 最早入住时间 */
  check_in?: string;
  /** 酒店电话 */
  phone?: string;
  /** 地区 */
  district?: string;
  /** 酒店服务 */
  hotel_services?: string[];
  /** 最晚离店时间 */
  check_out?: string;
  /** 国家中文名 */
  country_cn?: string;
  /** 房型详情 */
  room_details?: AlitripMerchantGalaxyHotelDetailSearchRoomDetailDto[];
  /** 0-营业中；-1，筹建中；-2，暂停营业；-3，已停业；-4，失效，-5 ，需电话咨询；默认为0 */
  status?: number;
  /** 评分 */
  rating_average?: string;
  /** 国家英文名 */
  country_en?: string;
  /** 酒店政策 */
  hotel_policys?: string[];
}

/** `HotelPictureDto` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchHotelPictureDto {
  /** 类型名称 */
  type_name?: string;
  /** 类型编码 */
  type_code?: string;
  /** 图片集合 */
  picture_address?: string[];
}

/** `RoomDetailDto` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchRoomDetailDto {
  /** 面积 */
  area?: string;
  /** 最低价单位分 */
  lowest_price?: Int64;
  /** 最低价单位元 */
  lowest_price_to_string?: string;
  /** 床型详情 */
  room_type_bed_info?: AlitripMerchantGalaxyHotelDetailSearchRoomTypeBedInfoDto;
  /** 入住人数图标 */
  max_occupancy_icon?: string;
  /** 货币类型 */
  price_type?: string;
  /** 价格信息 */
  price_infos?: AlitripMerchantGalaxyHotelDetailSearchPriceInfoDto[];
  /** 面积图标 */
  area_icon?: string;
  /** 房型名称 */
  room_name?: string;
  /** 房型id */
  room_id?: Int64;
  /** 宽带服务 */
  network_service?: string;
  /** 床型图标 */
  bed_type_icon?: string;
  /** 是否可加床 */
  add_bed?: Int64;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 房型图片 */
  pics?: string[];
  /** 房型设施 */
  facilitys?: AlitripMerchantGalaxyHotelDetailSearchRoomPropertiesDto[];
  /** 是否满房 */
  full?: boolean;
  /** 楼层 */
  floor?: string;
  /** 窗型 */
  window_type?: string;
}

/** `RoomTypeBedInfoDto` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchRoomTypeBedInfoDto {
  /** 简短描述，用于详情页报价前面的床型展示。 */
  brief_desc?: string;
  /** 模糊描述，最精简的描述信息，大床/双床/单人床/多床/床位 */
  fuzzy_desc?: string;
  /** 分类描述 */
  classification_desc?: string;
  /** 简单描述，较长描述省略床宽，但依然会描述具体的床型信息，用于详情页标准房型床型展示 */
  simple_desc?: string;
  /** 描述，长描述，描述为最详细的内容，用于详情页房型详情Dialog，下单页，订单页展 */
  desc?: string;
}

/** `PriceInfoDto` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchPriceInfoDto {
  /** 是否担保商品 */
  is_guarantee?: Int64;
  /** 库存剩余数量 */
  stock_number?: Int64;
  /** 商品id */
  gid?: Int64;
  /** 取消政策枚举 01-不可取消 02-免费取消 03-阶梯取消 04-限时免费取消 */
  cancel_type?: Int64;
  /** 含税价 均价 单位分 */
  dinamic_original_price?: Int64;
  /** 是否已售空 */
  is_sell_out?: Int64;
  /** 税费 单位元 */
  tax_and_fee_to_string?: string;
  /** 不含税总价 单位分 */
  room_total_price?: Int64;
  /** Rate Plan ID商品定价规则 */
  rp_id?: Int64;
  /** 商品最小可售卖粒度 */
  rate_id?: Int64;
  /** 1:全额支付;5:前台面付; */
  payment_type?: Int64;
  /** 含税价 均价 单位元 */
  dinamic_original_price_to_string?: string;
  /** 退订规则 */
  refund_rules?: string;
  /** 可够取消险 */
  cancel_insurance_icon?: string;
  /** 净价均价 不含税 */
  rate_price?: Int64;
  /** 净价均价 不含税 单位元 */
  rate_price_to_string?: string;
  /** 税费 单位分 */
  tax_and_fee?: Int64;
  /** 卖家房型id */
  outer_room_id?: Int64;
  /** 会员等级 */
  member_level?: string;
  /** 币种CNY 人民币 */
  price_type?: string;
  /** 早餐 */
  breakfast_desc?: string;
  /** 表示当前价格允许几人入住 */
  allow_person_number?: Int64;
  /** 早餐信息 -1 含早、0无早、1单早、2、双早 */
  breakfasts?: string[];
  /** 取消政策模型同小搜一致即可，入住日往前XX小时 */
  cancel_time?: string;
  /** 不含税总价 保留到元 */
  room_total_price_to_string?: string;
  /** 取消险文案 */
  cancel_insurance_desc?: string;
  /** 商品定价规则标题 */
  rp_name?: string;
  /** 是否售空 */
  status?: Int64;
  /** 详情页会员权益标签 */
  hotel_dinamic_labels?: AlitripMerchantGalaxyHotelDetailSearchHotelDinamicLabelDto[];
  /** 库存数量 */
  stock_number_des?: string;
  /** 是否是会员房 */
  member_room?: boolean;
  /** 是否是副会员房 */
  member_room_v2?: boolean;
  /** 首住标签 */
  first_live?: string;
  /** 副会员商品等级 */
  member_level_v2?: string;
}

/** `HotelDinamicLabelDto` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchHotelDinamicLabelDto {
  /** 权益名称 */
  name?: string;
  /** 权益类型 */
  type?: string;
}

/** `RoomPropertiesDto` of `alitrip.merchant.galaxy.hotel.detail.search`. */
export interface AlitripMerchantGalaxyHotelDetailSearchRoomPropertiesDto {
  /** 设施类型 */
  sub_type?: string;
  /** 设施名称 */
  value?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  hotel_details_param: {
    check_out: 'String',
    check_in: 'String',
    hotel_id: 'String',
    shid: 'Number',
    member_level: 'String',
    adult_num: 'Number',
    children_ages: 'String',
    few_nights: 'Number',
    room_type: 'String',
    token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      hotel_pictures: [
        {
          type_name: 'String',
          type_code: 'String',
          picture_address: ['String'],
        },
      ],
      rooms: 'Number',
      hid: 'Number',
      district_code: 'Number',
      position_type: 'byte',
      shid: 'Number',
      city_code: 'Number',
      opening_time: 'String',
      postal_code: 'String',
      latitude: 'String',
      description: 'String',
      fun_facilitys: ['String'],
      domestic: 'byte',
      floors: 'String',
      province: 'String',
      country_code: 'Number',
      city_cn: 'String',
      fax: 'String',
      hotel_facilitys: ['String'],
      brand_code: 'String',
      facilitys: 'String',
      longitude: 'String',
      brand_name: 'String',
      address: 'String',
      star: 'String',
      province_code: 'Number',
      decorate_time: 'String',
      name_cn: 'String',
      hotel_id: 'String',
      check_in: 'String',
      phone: 'String',
      district: 'String',
      hotel_services: ['String'],
      check_out: 'String',
      country_cn: 'String',
      room_details: [
        {
          area: 'String',
          lowest_price: 'Number',
          lowest_price_to_string: 'String',
          room_type_bed_info: {
            brief_desc: 'String',
            fuzzy_desc: 'String',
            classification_desc: 'String',
            simple_desc: 'String',
            desc: 'String',
          },
          max_occupancy_icon: 'String',
          price_type: 'String',
          price_infos: [
            {
              is_guarantee: 'Number',
              stock_number: 'Number',
              gid: 'Number',
              cancel_type: 'Number',
              dinamic_original_price: 'Number',
              is_sell_out: 'Number',
              tax_and_fee_to_string: 'String',
              room_total_price: 'Number',
              rp_id: 'Number',
              rate_id: 'Number',
              payment_type: 'Number',
              dinamic_original_price_to_string: 'String',
              refund_rules: 'String',
              cancel_insurance_icon: 'String',
              rate_price: 'Number',
              rate_price_to_string: 'String',
              tax_and_fee: 'Number',
              outer_room_id: 'Number',
              member_level: 'String',
              price_type: 'String',
              breakfast_desc: 'String',
              allow_person_number: 'Number',
              breakfasts: ['String'],
              cancel_time: 'String',
              room_total_price_to_string: 'String',
              cancel_insurance_desc: 'String',
              rp_name: 'String',
              status: 'Number',
              hotel_dinamic_labels: [
                {
                  name: 'String',
                  type: 'String',
                },
              ],
              stock_number_des: 'String',
              member_room: 'Boolean',
              member_room_v2: 'Boolean',
              first_live: 'String',
              member_level_v2: 'String',
            },
          ],
          area_icon: 'String',
          room_name: 'String',
          room_id: 'Number',
          network_service: 'String',
          bed_type_icon: 'String',
          add_bed: 'Number',
          max_occupancy: 'Number',
          pics: ['String'],
          facilitys: [
            {
              sub_type: 'String',
              value: 'String',
            },
          ],
          full: 'Boolean',
          floor: 'String',
          window_type: 'String',
        },
      ],
      status: 'byte',
      rating_average: 'String',
      country_en: 'String',
      hotel_policys: ['String'],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.hotel.detail.search`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyHotelDetailSearchOperation = {
  method: 'alitrip.merchant.galaxy.hotel.detail.search',
  responseRoot: 'alitrip_merchant_galaxy_hotel_detail_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-酒店详细信息搜索 — calls TOP method `alitrip.merchant.galaxy.hotel.detail.search`.
 *
 * 星河服务=获取雅高酒店详细信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyHotelDetailSearch(
  client: TopClient,
  request: AlitripMerchantGalaxyHotelDetailSearchRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyHotelDetailSearchResponse> {
  return client.call<AlitripMerchantGalaxyHotelDetailSearchResponse>(
    {
      method: 'alitrip.merchant.galaxy.hotel.detail.search',
      responseRoot: 'alitrip_merchant_galaxy_hotel_detail_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
