// Generated from specs/btrip/alitrip.btrip.supplychain.bus.industry.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.bus.industry.search` (汽车票行业搜索接口). */
export interface AlitripBtripSupplychainBusIndustrySearchRequest {
  /** 入参 */
  rq?: AlitripBtripSupplychainBusIndustrySearchBusSearchRqInput;
}

/** Response of `alitrip.btrip.supplychain.bus.industry.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainBusIndustrySearchResponse {
  /** 出参 */
  result?: AlitripBtripSupplychainBusIndustrySearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusSearchRq` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchBusSearchRqInput {
  /** 到达城市 */
  arr_city?: string;
  /** 目的地名称过虑条件。多个用都还分隔，如：临湘,房县,枣阳 */
  arrive_city_name?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 出发车次名称过虑条件,多个用逗号分隔，如：省汽车客运站,天河客运站,越秀南客运站 */
  from_station_name?: string;
  /** 针对发车时段过滤新增字段：1:凌晨 2:上午 3:下午 4:晚上,多个用逗号分隔 */
  period_time?: string;
  /** 汽车票场景 普通 common 机场巴士 airport */
  scene?: string;
  /** 是否显示不可售车次 */
  show_no_sell?: Int64Input;
  /** 标准出发城市编码 */
  standard_from_area_code?: string;
  /** 标准出发站编码 */
  standard_from_station_id?: Int64Input;
  /** 出发车站名称 */
  standard_from_station_name?: string;
  /** 标准到达城市编码 */
  standard_to_area_code?: string;
  /** 针对到达站过滤新增字段,多个用逗号分隔 */
  to_station_name?: string;
  /** 第三方企业ID */
  corp_id: string;
  /** 当前页 */
  page_index?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchHisvResult {
  /** 汽车搜索查询结果 */
  module?: AlitripBtripSupplychainBusIndustrySearchBusSearchRs;
  /** 返回码 */
  result_code?: Int64;
  /** 返回信息 */
  result_msg?: string;
  /** 成功标识 */
  is_success?: boolean;
}

/** `BusSearchRs` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchBusSearchRs {
  /** 到达城市 */
  arr_city?: string;
  /** 查询结果 */
  bus_lines?: AlitripBtripSupplychainBusIndustrySearchBusLineInfoVo[];
  /** 出发城市 */
  dep_city?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 所有出发车站 */
  dep_stations?: string[];
  /** 是否放大搜索 0 没有 1 放大出发 2 放大到达 */
  en_large?: Int64;
  /** 重名的城市 */
  name_same_city?: AlitripBtripSupplychainBusIndustrySearchNameSameCityVo;
  /** 是否是预约购票订单 */
  pre_order?: boolean;
  /** 推荐的路线 */
  recommend_routes?: AlitripBtripSupplychainBusIndustrySearchRouteVo[];
  /** 车站信息集合 */
  station_latitude_longitudes?: AlitripBtripSupplychainBusIndustrySearchStationLatitudeLongitudeVo[];
  /** 到达站列表 */
  to_station_names?: string[];
  /** 车次数量 */
  total?: Int64;
}

/** `BusLineInfoVo` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchBusLineInfoVo {
  /** 到达站 */
  arr_station?: string;
  /** 到达时间（yyyy-MM-dd HH:mm:ss） */
  arrival_time?: string;
  /** 距离 */
  bus_distance?: string;
  /** 车次id */
  bus_no_id?: Int64;
  /** 客车车次 */
  bus_number?: string;
  /** 车次全局唯一id */
  bus_number_uuid?: Int64;
  /** 车型id */
  bus_type?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发站 */
  dep_station?: string;
  /** 出发时间 */
  depart_time?: string;
  /** 是否加班车 */
  extra_schedule?: boolean;
  /** 全价票价（单位：分） */
  full_price?: Int64;
  /** 半票票价（单位：分） */
  half_price?: Int64;
  /** 是否支持电子票，0：不支持；1：支持 */
  is_support_e_ticket?: Int64;
  /** 最晚出发时间 */
  last_depart_time?: string;
  /** 到达城市 */
  last_place_name?: string;
  /** 是否是预约购票订单 */
  pre_order?: boolean;
  /** 实名制校验规则,'|'分隔,例如2|3|4；1 不需要进行实名制校验；2 订单内乘客身份证不能重复；3 当天同一班次乘客身份证限购1张票；4 同一取票人身份证当天限购3张票；5 同一乘车人身份证1天在该网站只能买1张票；6 取票人的姓名、证件信息必须在乘车人中 */
  real_name_grade?: string;
  /** 服务费 */
  service_price?: Int64;
  /** 流水班次 0 固定班次 1：流水班次 null 固定班次 */
  shift_type?: Int64;
  /** 耗时，单位：分钟，30分钟为单位向上取整 */
  spend_time?: Int64;
  /** 标准城市名称 */
  standard_city_name?: string;
  /** 状态 1：可售 2：不可售，非车站营业时间 3：不可售，超出预售期 4：暂停售卖 */
  status?: Int64;
  /** 余票 */
  stock?: Int64;
  /** 路线信息（途径站："廊坊,天津"） */
  via_station?: string;
  /** 途经站类型 0 未知 1 途经站 2 终点站 */
  via_station_type?: Int64;
}

/** `NameSameCityVo` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchNameSameCityVo {
  /** 来自城市 */
  from_city_list?: AlitripBtripSupplychainBusIndustrySearchCityVo[];
  /** 到达城市 */
  to_city_list?: AlitripBtripSupplychainBusIndustrySearchCityVo[];
}

/** `CityVo` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchCityVo {
  /** 城市 */
  city?: string;
  /** 城市code */
  code?: string;
  /** 城市名称 */
  name?: string;
  /** 所属省份 */
  province?: string;
}

/** `RouteVo` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchRouteVo {
  /** 来自城市 */
  from_city?: string;
  /** 到达城市 */
  to_city?: string;
}

/** `StationLatitudeLongitudeVo` of `alitrip.btrip.supplychain.bus.industry.search`. */
export interface AlitripBtripSupplychainBusIndustrySearchStationLatitudeLongitudeVo {
  /** 车站经度 */
  latitude?: string;
  /** 车站纬度 */
  longitude?: string;
  /** 目的地频道提供的景点图片url（会有多张图片） */
  poi_picture_url_list?: string[];
  /** 目的地频道提供的标签(可能会有多个标签) */
  poi_tag_list?: string[];
  /** 车站地址 */
  station_address?: string;
  /** 车站名 */
  station_name?: string;
  /** 车站电话 */
  station_tel?: string;
  /** 00去程上车点，01去程下车点，10返程上车点，11返程下车点 */
  tour_station_type?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    arr_city: 'String',
    arrive_city_name: 'String',
    dep_city: 'String',
    dep_date: 'String',
    from_station_name: 'String',
    period_time: 'String',
    scene: 'String',
    show_no_sell: 'Number',
    standard_from_area_code: 'String',
    standard_from_station_id: 'Number',
    standard_from_station_name: 'String',
    standard_to_area_code: 'String',
    to_station_name: 'String',
    corp_id: 'String',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      arr_city: 'String',
      bus_lines: [
        {
          arr_station: 'String',
          arrival_time: 'String',
          bus_distance: 'String',
          bus_no_id: 'Number',
          bus_number: 'String',
          bus_number_uuid: 'Number',
          bus_type: 'String',
          dep_city: 'String',
          dep_station: 'String',
          depart_time: 'String',
          extra_schedule: 'Boolean',
          full_price: 'Number',
          half_price: 'Number',
          is_support_e_ticket: 'Number',
          last_depart_time: 'String',
          last_place_name: 'String',
          pre_order: 'Boolean',
          real_name_grade: 'String',
          service_price: 'Number',
          shift_type: 'Number',
          spend_time: 'Number',
          standard_city_name: 'String',
          status: 'Number',
          stock: 'Number',
          via_station: 'String',
          via_station_type: 'Number',
        },
      ],
      dep_city: 'String',
      dep_date: 'String',
      dep_stations: ['String'],
      en_large: 'Number',
      name_same_city: {
        from_city_list: [
          {
            city: 'String',
            code: 'String',
            name: 'String',
            province: 'String',
          },
        ],
        to_city_list: [
          {
            city: 'String',
            code: 'String',
            name: 'String',
            province: 'String',
          },
        ],
      },
      pre_order: 'Boolean',
      recommend_routes: [
        {
          from_city: 'String',
          to_city: 'String',
        },
      ],
      station_latitude_longitudes: [
        {
          latitude: 'String',
          longitude: 'String',
          poi_picture_url_list: ['String'],
          poi_tag_list: ['String'],
          station_address: 'String',
          station_name: 'String',
          station_tel: 'String',
          tour_station_type: 'String',
        },
      ],
      to_station_names: ['String'],
      total: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.bus.industry.search`: method, response root, request and response schemas. */
export const alitripBtripSupplychainBusIndustrySearchOperation = {
  method: 'alitrip.btrip.supplychain.bus.industry.search',
  responseRoot: 'alitrip_btrip_supplychain_bus_industry_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票行业搜索接口 — calls TOP method `alitrip.btrip.supplychain.bus.industry.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainBusIndustrySearch(
  client: TopClient,
  request: AlitripBtripSupplychainBusIndustrySearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripSupplychainBusIndustrySearchResponse> {
  return client.call<AlitripBtripSupplychainBusIndustrySearchResponse>(
    {
      method: 'alitrip.btrip.supplychain.bus.industry.search',
      responseRoot: 'alitrip_btrip_supplychain_bus_industry_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
