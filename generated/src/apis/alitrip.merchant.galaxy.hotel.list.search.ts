// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.hotel.list.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.hotel.list.search` (星河-酒店列表页搜索). */
export interface AlitripMerchantGalaxyHotelListSearchRequest {
  /** 商家租户id */
  tenant_key: string;
  /** 请求参数 */
  list_search_param: AlitripMerchantGalaxyHotelListSearchListSearchParamInput;
}

/** Response of `alitrip.merchant.galaxy.hotel.list.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyHotelListSearchResponse {
  /** 返回结果 */
  result?: AlitripMerchantGalaxyHotelListSearchPageableResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ListSearchParam` of `alitrip.merchant.galaxy.hotel.list.search`. */
export interface AlitripMerchantGalaxyHotelListSearchListSearchParamInput {
  /** 最高价格 */
  price_max?: Int64Input;
  /** 成人数 */
  adult_num: Int64Input;
  /** 儿童数 */
  child_num: Int64Input;
  /** 偏移量 */
  offset?: Int64Input;
  /** 星级筛选 */
  star?: string;
  /** 城市编码，默认上海 */
  city_code: string;
  /** 每页数量 */
  page_size?: Int64Input;
  /** 升降序 0降序 1升序 */
  dir?: Int64Input;
  /** 儿童年龄 */
  children_ages?: string;
  /** 最低价格 */
  price_min?: Int64Input;
  /** 入店时间 */
  check_in: string;
  /** 当前页 */
  page_no?: Int64Input;
  /** 离店时间 */
  check_out: string;
  /** 品牌编码 */
  brand?: string;
  /** 用户登录信息 */
  token?: string;
  /** 会员等级 */
  member_level?: string;
  /** 套餐代金券id */
  voucher_id?: string;
  /** 版本号 */
  version?: Int64Input;
}

/** `PageableResponse` of `alitrip.merchant.galaxy.hotel.list.search`. */
export interface AlitripMerchantGalaxyHotelListSearchPageableResponse {
  /** 当前页的数量 */
  size?: Int64;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 当前页 */
  page_no?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 每页的数量 */
  page_size?: Int64;
  /** 错误编码 */
  error_code?: string;
  /** 总页数 */
  total_page_num?: Int64;
  /** 总数量 */
  total_count?: Int64;
  /** 返回类型 */
  contents?: AlitripMerchantGalaxyHotelListSearchHotelListSearchDto[];
  /** 错误信息 */
  error_msg?: string;
}

/** `HotelListSearchDto` of `alitrip.merchant.galaxy.hotel.list.search`. */
export interface AlitripMerchantGalaxyHotelListSearchHotelListSearchDto {
  /** 品牌名字 */
  brand_name?: string;
  /** 地址详情 */
  address?: string;
  /** 经纬度类型 0-高德 1-google */
  position_type?: Int64;
  /** 酒店设施 */
  hotel_facility_list?: string[];
  /** 酒店星级 */
  star?: string;
  /** 标准库id */
  shid?: Int64;
  /** 纬度 */
  latitude?: string;
  /** 图片头图 */
  picture_url?: string;
  /** 酒店中文名 */
  name_cn?: string;
  /** 酒店id */
  hotel_id?: string;
  /** 国内外 0国内 1国外 */
  domestic?: string;
  /** 娱乐设施 */
  fun_facility_list?: string[];
  /** 品牌头图 */
  brand_url?: string;
  /** 酒店商品的最低价格 */
  price?: Int64;
  /** 酒店服务 */
  hotel_service_list?: string[];
  /** 城市中文名 */
  city_cn?: string;
  /** 酒店id */
  id?: Int64;
  /** 设施icon */
  facility_list?: AlitripMerchantGalaxyHotelListSearchFacilityDto[];
  /** 国家中文名 */
  country_cn?: string;
  /** 最低价格房型名 */
  room_name_cn?: string;
  /** 是否满房 0未满房1满房 */
  full?: boolean;
  /** 经度 */
  longitude?: string;
  /** 品牌code */
  brand_code?: string;
  /** 是否热门 */
  hot?: Int64;
  /** 代金券实体类 */
  voucher_info?: AlitripMerchantGalaxyHotelListSearchVoucherVo;
  /** 城市首字母 */
  city_py?: string;
  /** 酒店电话 */
  phone?: string;
}

/** `FacilityDto` of `alitrip.merchant.galaxy.hotel.list.search`. */
export interface AlitripMerchantGalaxyHotelListSearchFacilityDto {
  /** 设施图片 */
  icon?: string;
  /** 设施名字 */
  name?: string;
  /** 设施id */
  id?: Int64;
}

/** `VoucherVo` of `alitrip.merchant.galaxy.hotel.list.search`. */
export interface AlitripMerchantGalaxyHotelListSearchVoucherVo {
  /** 是否加价 */
  is_mark_up?: boolean;
  /** 加价信息 */
  mark_up_info?: string;
  /** 加价规则 */
  mark_up_rule_list?: string[];
  /** 加价金额 */
  mark_up_amount?: Int64;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  list_search_param: {
    price_max: 'Number',
    adult_num: 'Number',
    child_num: 'Number',
    offset: 'Number',
    star: 'String',
    city_code: 'String',
    page_size: 'Number',
    dir: 'Number',
    children_ages: 'String',
    price_min: 'Number',
    check_in: 'String',
    page_no: 'Number',
    check_out: 'String',
    brand: 'String',
    token: 'String',
    member_level: 'String',
    voucher_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    size: 'Number',
    has_next_page: 'Boolean',
    page_no: 'Number',
    success: 'Boolean',
    page_size: 'Number',
    error_code: 'String',
    total_page_num: 'Number',
    total_count: 'Number',
    contents: [
      {
        brand_name: 'String',
        address: 'String',
        position_type: 'Number',
        hotel_facility_list: ['String'],
        star: 'String',
        shid: 'Number',
        latitude: 'String',
        picture_url: 'String',
        name_cn: 'String',
        hotel_id: 'String',
        domestic: 'String',
        fun_facility_list: ['String'],
        brand_url: 'String',
        price: 'Number',
        hotel_service_list: ['String'],
        city_cn: 'String',
        id: 'Number',
        facility_list: [
          {
            icon: 'String',
            name: 'String',
            id: 'Number',
          },
        ],
        country_cn: 'String',
        room_name_cn: 'String',
        full: 'Boolean',
        longitude: 'String',
        brand_code: 'String',
        hot: 'Number',
        voucher_info: {
          is_mark_up: 'Boolean',
          mark_up_info: 'String',
          mark_up_rule_list: ['String'],
          mark_up_amount: 'Number',
        },
        city_py: 'String',
        phone: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.hotel.list.search`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyHotelListSearchOperation = {
  method: 'alitrip.merchant.galaxy.hotel.list.search',
  responseRoot: 'alitrip_merchant_galaxy_hotel_list_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-酒店列表页搜索 — calls TOP method `alitrip.merchant.galaxy.hotel.list.search`.
 *
 * 星河产品=酒店列表页搜索
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyHotelListSearch(
  client: TopClient,
  request: AlitripMerchantGalaxyHotelListSearchRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyHotelListSearchResponse> {
  return client.call<AlitripMerchantGalaxyHotelListSearchResponse>(
    {
      method: 'alitrip.merchant.galaxy.hotel.list.search',
      responseRoot: 'alitrip_merchant_galaxy_hotel_list_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
