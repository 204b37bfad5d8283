// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.hotel.detail.search.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.hotel.detail.search.data` (星河-酒店详情页信息获取(新改版)). */
export interface AlitripMerchantGalaxyHotelDetailSearchDataRequest {
  /** 租户id */
  tenant_key: string;
  /** 请求参数 */
  hotel_details_param?: AlitripMerchantGalaxyHotelDetailSearchDataHotelDetailsParamInput;
}

/** Response of `alitrip.merchant.galaxy.hotel.detail.search.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyHotelDetailSearchDataResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelDetailsParam` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataHotelDetailsParamInput {
  /** 连住几晚 */
  few_nights?: Int64Input;
  /** 入住时间 */
  check_in: string;
  /** 成人数 */
  adult_num: Int64Input;
  /** 标准酒店id */
  shid?: Int64Input;
  /** 酒店id */
  hotel_id?: string;
  /** 分组过滤请求 */
  group_param?: AlitripMerchantGalaxyHotelDetailSearchDataHotelDetailsGroupParamInput[];
  /** 离店时间 */
  check_out: string;
  /** 房型类型 */
  room_type?: string;
  /** 儿童数 */
  children_ages?: string;
  /** token */
  token?: string;
  /** 代金券id */
  voucher_id?: string;
  /** 版本号 */
  version?: Int64Input;
}

/** `HotelDetailsGroupParam` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataHotelDetailsGroupParamInput {
  /** 组名 */
  group_name?: string;
  /** 房型id集合 */
  room_ids?: string;
  /** 取消政策类型 */
  cancel_type?: string;
  /** 早餐 */
  breakfast?: string;
}

/** `Response` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 返回结果 */
  content?: AlitripMerchantGalaxyHotelDetailSearchDataHotelDetailInfoVo;
  /** 错误编码 */
  error_msg?: string;
}

/** `HotelDetailInfoVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataHotelDetailInfoVo {
  /** 设施组 */
  facility_group_list?: AlitripMerchantGalaxyHotelDetailSearchDataFacilityListVo[];
  /** 酒店地址信息 */
  address_info?: AlitripMerchantGalaxyHotelDetailSearchDataAddressVo;
  /** 酒店信息 */
  hotel_info?: AlitripMerchantGalaxyHotelDetailSearchDataHotelVo;
  /** 标准酒店id */
  shid?: Int64;
  /** 价格分组概要 */
  price_group_summary_list?: AlitripMerchantGalaxyHotelDetailSearchDataPriceGroupSummaryVo[];
  /** 酒店图片 */
  hotel_pictures?: AlitripMerchantGalaxyHotelDetailSearchDataHotelPictureDto[];
  /** 酒店中文名 */
  name_cn?: string;
  /** 房型详情 */
  room_details?: AlitripMerchantGalaxyHotelDetailSearchDataRoomDetailVo[];
  /** 酒店id */
  hotel_id?: string;
  /** 酒店政策集合 */
  hotel_policy_list?: AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo3[];
  /** 卫生健康标识 */
  health_notification?: AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo4;
  /** 飞猪旗舰店的ID */
  hid?: Int64;
}

/** `FacilityListVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataFacilityListVo {
  /** 设施集合 */
  facility_list?: AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo[];
  /** 设施分组名 */
  facility_name?: string;
}

/** `FacilityVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo {
  /** 图片icon */
  icon?: string;
  /** 设施名 */
  name?: string;
  /** 概要 */
  summary?: string;
  /** 描述 */
  description?: string;
}

/** `AddressVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataAddressVo {
  /** 酒店详细地址 */
  address?: string;
  /** 地图类型 */
  position_type?: Int64;
  /** 城市编码 */
  city_code?: Int64;
  /** 纬度 */
  latitude?: string;
  /** 国内外 */
  domestic?: Int64;
  /** 国家编码 */
  country_code?: Int64;
  /** 城市中文名 */
  city_cn?: string;
  /** 国家中文名 */
  country_cn?: string;
  /** 经度 */
  longitude?: string;
}

/** `HotelVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataHotelVo {
  /** 品牌名 */
  brand_name?: string;
  /** 星级 */
  star?: string;
  /** 电话 */
  phone?: string;
  /** 标准酒店id */
  shid?: Int64;
  /** 酒店扩展 */
  hotel_feature?: AlitripMerchantGalaxyHotelDetailSearchDataHotelFeatureVo;
  /** 酒店详细描述 */
  description?: string;
  /** 酒店id */
  hotel_id?: string;
  /** 品牌编码 */
  brand_code?: string;
  /** 飞猪旗舰店的ID */
  hid?: Int64;
}

/** `HotelFeatureVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataHotelFeatureVo {
  /** 房间数 */
  rooms?: Int64;
  /** 入店时间 */
  check_in?: string;
  /** 楼层 */
  floors?: string;
  /** 装修时间 */
  decorate_time?: string;
  /** 开业时间 */
  opening_time?: string;
  /** 邮编 */
  postal_code?: string;
  /** 离店时间 */
  check_out?: string;
  /** 传真 */
  fax?: string;
  /** 酒店类型 */
  type?: string;
}

/** `PriceGroupSummaryVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataPriceGroupSummaryVo {
  /** 组名 */
  group_name?: string;
  /** 最低价格 */
  lowest_price?: Int64;
  /** 房间总数 */
  room_total?: Int64;
  /** 房型信息 */
  rooms?: AlitripMerchantGalaxyHotelDetailSearchDataRoomSummaryVo[];
}

/** `RoomSummaryVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataRoomSummaryVo {
  /** 房型id */
  sr_id?: Int64;
  /** 房型名称 */
  name?: string;
}

/** `HotelPictureDto` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataHotelPictureDto {
  /** 类型名 */
  type_name?: string;
  /** 图片地址 */
  picture_address?: string[];
  /** 图片编码 */
  type_code?: string;
}

/** `RoomDetailVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataRoomDetailVo {
  /** 房型最低价含税 单位分 */
  lowest_price?: Int64;
  /** 最低价含税 单位元 */
  lowest_price_to_string?: string;
  /** 是否加床 */
  add_bed?: Int64;
  /** 货币类型 */
  price_type?: string;
  /** 价格分组 */
  price_info_groups?: AlitripMerchantGalaxyHotelDetailSearchDataRoomTypeBedInfoDto[];
  /** 图片 */
  pics?: string[];
  /** 房型id */
  room_id?: Int64;
  /** 房型名 */
  room_name?: string;
  /** 床型信息 */
  room_type_bed_info?: AlitripMerchantGalaxyHotelDetailSearchDataRoomTypeBedInfoDto2;
  /** 满房 */
  full?: boolean;
  /** 房间属性 */
  room_property?: AlitripMerchantGalaxyHotelDetailSearchDataRoomProperty;
  /** 房型设施分组 */
  facility_group_list?: AlitripMerchantGalaxyHotelDetailSearchDataFacilityListVo2[];
}

/** `RoomTypeBedInfoDto` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataRoomTypeBedInfoDto {
  /** 价格列表 */
  price_info_list?: AlitripMerchantGalaxyHotelDetailSearchDataPriceInfoDto2[];
  /** 分组名 */
  group_name?: string;
}

/** `PriceInfoDto` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataPriceInfoDto2 {
  /** 是否担保商品 */
  is_guarantee?: Int64;
  /** 是否是副商品会员房 */
  member_room_v2?: boolean;
  /** 商品id */
  gid?: Int64;
  /** 取消政策 */
  cancel_type?: Int64;
  /** 含税价 均价 单位分 */
  dinamic_original_price?: Int64;
  /** 是否已售空 */
  is_sell_out?: Int64;
  /** 税费 单位元 */
  tax_and_fee_to_string?: string;
  /** 含税总价 单位分 */
  room_total_price?: Int64;
  /** Rate Plan ID商品定价规则 */
  rp_id?: Int64;
  /** 价格ID */
  rate_id?: Int64;
  /** 房型id */
  room_id?: Int64;
  /** 支付类型 */
  payment_type?: Int64;
  /** 含税价 均价 单位元 */
  dinamic_original_price_to_string?: string;
  /** 退订规则 */
  refund_rules?: string;
  /** rpcode */
  rp_code?: string;
  /** 是否是会员房 */
  member_room?: boolean;
  /** 净价均价 不含税 */
  rate_price?: Int64;
  /** 净价均价 不含税 单位元 */
  rate_price_to_string?: string;
  /** 税费 单位分 */
  tax_and_fee?: Int64;
  /** 热门商品权重 */
  hot_price?: Int64;
  /** 卖家房型id */
  outer_room_id?: Int64;
  /** 币种CNY 人民币 */
  price_type?: string;
  /** 早餐信息 */
  breakfast_desc?: string;
  /** 入住人数 */
  allow_person_number?: Int64;
  /** 早餐 */
  breakfasts?: string[];
  /** 取消政策枚举 */
  cancel_time?: string;
  /** 含税总价 单位分 */
  room_total_price_to_string?: string;
  /** 商品定价规则标题 */
  rp_name?: string;
  /** 0不可售 1可售 */
  status?: Int64;
  /** 折扣商品 */
  price_info?: AlitripMerchantGalaxyHotelDetailSearchDataPriceInfoDto;
  /** 标签 */
  tag?: string;
  /** 绑定优惠券模板id */
  coupon_template_ids?: Int64[];
  /** 折扣总价 */
  discount_amount?: Int64;
  /** 首住 */
  first_live?: string;
  /** 会员权益 */
  hotel_dinamic_labels?: AlitripMerchantGalaxyHotelDetailSearchDataHotelDinamicLabelDto[];
  /** 代金券信息 */
  voucher_info?: AlitripMerchantGalaxyHotelDetailSearchDataVoucherVo;
  /** 优惠券类型 */
  coupon_type?: string;
  /** 权益券类型 */
  category?: string;
  /** 折扣百分比 */
  discount_off?: Int64;
  /** 是否为权益商品房型 */
  is_derby_voucher_room?: boolean;
  /** 0 立即预订/1 前去购买, */
  booking_or_buy?: Int64;
  /** APLUSP */
  voucher_card_category?: string;
  /** 划线价 */
  underscore_price?: string;
}

/** `PriceInfoDto` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataPriceInfoDto {
  /** 是否担保商品 */
  is_guarantee?: Int64;
  /** 是否是副会员商品 */
  member_room_v2?: boolean;
  /** 商品id */
  gid?: Int64;
  /** 取消政策 */
  cancel_type?: Int64;
  /** 含税价 均价 单位分 */
  dinamic_original_price?: Int64;
  /** 是否已售空 */
  is_sell_out?: Int64;
  /** 税费 单位元 */
  tax_and_fee_to_string?: string;
  /** 含税总价 单位分 */
  room_total_price?: Int64;
  /** Rate Plan ID商品定价规则 */
  rp_id?: Int64;
  /** 商品最小可售卖粒度 */
  rate_id?: Int64;
  /** 房型id */
  room_id?: Int64;
  /** 支付类型 */
  payment_type?: Int64;
  /** 含税价 均价 单位元 */
  dinamic_original_price_to_string?: string;
  /** 退订规则 */
  refund_rules?: string;
  /** rpcode */
  rp_code?: string;
  /** 是否是会员房 */
  member_room?: boolean;
  /** 净价均价 不含税 */
  rate_price?: Int64;
  /** 净价均价 不含税 单位元 */
  rate_price_to_string?: string;
  /** 税费 单位分 */
  tax_and_fee?: Int64;
  /** 热门权重 */
  hot_price?: Int64;
  /** 卖家房型id */
  outer_room_id?: Int64;
  /** 币种CNY 人民币 */
  price_type?: string;
  /** 早餐信息 */
  breakfast_desc?: string;
  /** 入住人数 */
  allow_person_number?: Int64;
  /** 早餐 */
  breakfasts?: string[];
  /** 取消政策模型同小搜一致即可，入住日往前XX小时 */
  cancel_time?: string;
  /** 含税总价 保留到元 */
  room_total_price_to_string?: string;
  /** 商品定价规则标题 */
  rp_name?: string;
  /** 0不可售 1可售 */
  status?: Int64;
  /** 标签 */
  tag?: string;
  /** 会员权益 */
  hotel_dinamic_labels?: (string | Record<string, unknown>)[];
  /** 首住 */
  first_live?: string;
  /** 是否为德比权益券商品 */
  is_derby_voucher_room?: boolean;
}

/** `HotelDinamicLabelDto` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataHotelDinamicLabelDto {
  /** 类型 */
  type?: string;
  /** 名称 */
  name?: string;
}

/** `VoucherVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataVoucherVo {
  /** 是否加价 */
  is_mark_up?: boolean;
  /** 加价金额 */
  mark_up_amount?: Int64;
}

/** `RoomTypeBedInfoDto` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataRoomTypeBedInfoDto2 {
  /** 简短描述 */
  brief_desc?: string;
  /** 分类描述 */
  classification_desc?: string;
  /** 模糊描述 */
  fuzzy_desc?: string;
  /** 简单描述 */
  simple_desc?: string;
  /** 描述 */
  desc?: string;
}

/** `RoomProperty` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataRoomProperty {
  /** 面积 */
  area?: string;
  /** 宽带 */
  network_service?: string;
  /** 床型icon */
  bed_type_icon?: string;
  /** 最大人数icon */
  max_occupancy_icon?: string;
  /** 最大人数 */
  max_occupancy?: Int64;
  /** 楼层 */
  floor?: string;
  /** 楼层icon */
  floor_icon?: string;
  /** 面积icon */
  area_icon?: string;
  /** 窗型icon */
  window_type_icon?: string;
  /** 窗型 */
  window_type?: string;
}

/** `FacilityListVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataFacilityListVo2 {
  /** 设施集合 */
  facility_list?: AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo2[];
  /** 设施组名 */
  facility_name?: string;
}

/** `FacilityVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo2 {
  /** 设施图片 */
  icon?: string;
  /** 设施名 */
  name?: string;
}

/** `FacilityVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo3 {
  /** 政策名 */
  name?: string;
  /** 图片icon */
  icon?: string;
  /** 概要 */
  summary?: string;
  /** 描述 */
  description?: string;
  /** 编码 */
  code?: string;
}

/** `FacilityVo` of `alitrip.merchant.galaxy.hotel.detail.search.data`. */
export interface AlitripMerchantGalaxyHotelDetailSearchDataFacilityVo4 {
  /** icon */
  icon?: string;
  /** 描述 */
  description?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  hotel_details_param: {
    few_nights: 'Number',
    check_in: 'String',
    adult_num: 'Number',
    shid: 'Number',
    hotel_id: 'String',
    group_param: [
      {
        group_name: 'String',
        room_ids: 'String',
        cancel_type: 'String',
        breakfast: 'String',
      },
    ],
    check_out: 'String',
    room_type: 'String',
    children_ages: 'String',
    token: 'String',
    voucher_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      facility_group_list: [
        {
          facility_list: [
            {
              icon: 'String',
              name: 'String',
              summary: 'String',
              description: 'String',
            },
          ],
          facility_name: 'String',
        },
      ],
      address_info: {
        address: 'String',
        position_type: 'Number',
        city_code: 'Number',
        latitude: 'String',
        domestic: 'Number',
        country_code: 'Number',
        city_cn: 'String',
        country_cn: 'String',
        longitude: 'String',
      },
      hotel_info: {
        brand_name: 'String',
        star: 'String',
        phone: 'String',
        shid: 'Number',
        hotel_feature: {
          rooms: 'Number',
          check_in: 'String',
          floors: 'String',
          decorate_time: 'String',
          opening_time: 'String',
          postal_code: 'String',
          check_out: 'String',
          fax: 'String',
          type: 'String',
        },
        description: 'String',
        hotel_id: 'String',
        brand_code: 'String',
        hid: 'Number',
      },
      shid: 'Number',
      price_group_summary_list: [
        {
          group_name: 'String',
          lowest_price: 'Number',
          room_total: 'Number',
          rooms: [
            {
              sr_id: 'Number',
              name: 'String',
            },
          ],
        },
      ],
      hotel_pictures: [
        {
          type_name: 'String',
          picture_address: ['String'],
          type_code: 'String',
        },
      ],
      name_cn: 'String',
      room_details: [
        {
          lowest_price: 'Number',
          lowest_price_to_string: 'String',
          add_bed: 'Number',
          price_type: 'String',
          price_info_groups: [
            {
              price_info_list: [
                {
                  is_guarantee: 'Number',
                  member_room_v2: 'Boolean',
                  gid: 'Number',
                  cancel_type: 'Number',
                  dinamic_original_price: 'Number',
                  is_sell_out: 'Number',
                  tax_and_fee_to_string: 'String',
                  room_total_price: 'Number',
                  rp_id: 'Number',
                  rate_id: 'Number',
                  room_id: 'Number',
                  payment_type: 'Number',
                  dinamic_original_price_to_string: 'String',
                  refund_rules: 'String',
                  rp_code: 'String',
                  member_room: 'Boolean',
                  rate_price: 'Number',
                  rate_price_to_string: 'String',
                  tax_and_fee: 'Number',
                  hot_price: 'Number',
                  outer_room_id: 'Number',
                  price_type: 'String',
                  breakfast_desc: 'String',
                  allow_person_number: 'Number',
                  breakfasts: ['String'],
                  cancel_time: 'String',
                  room_total_price_to_string: 'String',
                  rp_name: 'String',
                  status: 'Number',
                  price_info: {
                    is_guarantee: 'Number',
                    member_room_v2: 'Boolean',
                    gid: 'Number',
                    cancel_type: 'Number',
                    dinamic_original_price: 'Number',
                    is_sell_out: 'Number',
                    tax_and_fee_to_string: 'String',
                    room_total_price: 'Number',
                    rp_id: 'Number',
                    rate_id: 'Number',
                    room_id: 'Number',
                    payment_type: 'Number',
                    dinamic_original_price_to_string: 'String',
                    refund_rules: 'String',
                    rp_code: 'String',
                    member_room: 'Boolean',
                    rate_price: 'Number',
                    rate_price_to_string: 'String',
                    tax_and_fee: 'Number',
                    hot_price: 'Number',
                    outer_room_id: 'Number',
                    price_type: 'String',
                    breakfast_desc: 'String',
                    allow_person_number: 'Number',
                    breakfasts: ['String'],
                    cancel_time: 'String',
                    room_total_price_to_string: 'String',
                    rp_name: 'String',
                    status: 'Number',
                    tag: 'String',
                    hotel_dinamic_labels: ['Json'],
                    first_live: 'String',
                    is_derby_voucher_room: 'Boolean',
                  },
                  tag: 'String',
                  coupon_template_ids: ['Number'],
                  discount_amount: 'Number',
                  first_live: 'String',
                  hotel_dinamic_labels: [
                    {
                      type: 'String',
                      name: 'String',
                    },
                  ],
                  voucher_info: {
                    is_mark_up: 'Boolean',
                    mark_up_amount: 'Number',
                  },
                  coupon_type: 'String',
                  category: 'String',
                  discount_off: 'Number',
                  is_derby_voucher_room: 'Boolean',
                  booking_or_buy: 'Number',
                  voucher_card_category: 'String',
                  underscore_price: 'String',
                },
              ],
              group_name: 'String',
            },
          ],
          pics: ['String'],
          room_id: 'Number',
          room_name: 'String',
          room_type_bed_info: {
            brief_desc: 'String',
            classification_desc: 'String',
            fuzzy_desc: 'String',
            simple_desc: 'String',
            desc: 'String',
          },
          full: 'Boolean',
          room_property: {
            area: 'String',
            network_service: 'String',
            bed_type_icon: 'String',
            max_occupancy_icon: 'String',
            max_occupancy: 'Number',
            floor: 'String',
            floor_icon: 'String',
            area_icon: 'String',
            window_type_icon: 'String',
            window_type: 'String',
          },
          facility_group_list: [
            {
              facility_list: [
                {
                  icon: 'String',
                  name: 'String',
                },
              ],
              facility_name: 'String',
            },
          ],
        },
      ],
      hotel_id: 'String',
      hotel_policy_list: [
        {
          name: 'String',
          icon: 'String',
          summary: 'String',
          description: 'String',
          code: 'String',
        },
      ],
      health_notification: {
        icon: 'String',
        description: 'String',
      },
      hid: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.hotel.detail.search.data`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyHotelDetailSearchDataOperation = {
  method: 'alitrip.merchant.galaxy.hotel.detail.search.data',
  responseRoot: 'alitrip_merchant_galaxy_hotel_detail_search_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-酒店详情页信息获取(新改版) — calls TOP method `alitrip.merchant.galaxy.hotel.detail.search.data`.
 *
 * 星河服务，获取雅高酒店详细信息，详情页新改版接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyHotelDetailSearchData(
  client: TopClient,
  request: AlitripMerchantGalaxyHotelDetailSearchDataRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyHotelDetailSearchDataResponse> {
  return client.call<AlitripMerchantGalaxyHotelDetailSearchDataResponse>(
    {
      method: 'alitrip.merchant.galaxy.hotel.detail.search.data',
      responseRoot: 'alitrip_merchant_galaxy_hotel_detail_search_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
