// Generated from specs/btrip/alitrip.btrip.supplychain.flight.industry.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.flight.industry.search` (机票行业搜索接口). */
export interface AlitripBtripSupplychainFlightIndustrySearchRequest {
  /** 入参 */
  rq?: AlitripBtripSupplychainFlightIndustrySearchFlightSearchRqInput;
}

/** Response of `alitrip.btrip.supplychain.flight.industry.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainFlightIndustrySearchResponse {
  /** 出参 */
  result?: AlitripBtripSupplychainFlightIndustrySearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FlightSearchRq` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchFlightSearchRqInput {
  /** 查询的行程列表 */
  od_info_list?: AlitripBtripSupplychainFlightIndustrySearchOdInfoRqInput[];
  /** 乘客类型和数量 */
  passenger_quantity_list?: AlitripBtripSupplychainFlightIndustrySearchPassengerQuantityRqInput[];
  /** 飞机信息搜索 */
  trip_preference?: AlitripBtripSupplychainFlightIndustrySearchTripPreferenceRqInput;
  /** 企业id */
  corp_id?: string;
}

/** `OdInfoRq` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchOdInfoRqInput {
  /** 到达机场三字码 */
  arr_airport_code?: string[];
  /** 到达城市三字码 */
  arr_city_code?: string;
  /** 出发机场三字码 */
  dep_airport_code?: string[];
  /** 出发城市三字码 */
  dep_city_code?: string;
  /** 起飞日期 */
  dep_date?: DateInput;
  /** 最早起飞时间 */
  earliest_dep_time?: DateInput;
  /** 最晚起飞时间 */
  latest_dep_time?: DateInput;
}

/** `PassengerQuantityRq` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchPassengerQuantityRqInput {
  /** 乘客类型;ADT:"普通成人", CHD:"儿童", STU:"留学生", LABOR:"劳工", MIGRANT:"新移民", MARINER:"海员", OLD:"老人", YOUNG:"青年", INFANT:"婴儿", OTHER:"特殊身份" */
  passenger_type?: string;
  /** 人员数量 */
  quantity?: Int64Input;
}

/** `TripPreferenceRq` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchTripPreferenceRqInput {
  /** 仓位代码 */
  cabin_list?: string[];
}

/** `HisvResult` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchHisvResult {
  /** 机票搜索结果 */
  module?: AlitripBtripSupplychainFlightIndustrySearchFlightSearchRs;
  /** 返回码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  is_success?: boolean;
}

/** `FlightSearchRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchFlightSearchRs {
  /** 组合商品列表 */
  item_list?: AlitripBtripSupplychainFlightIndustrySearchGroupItemRs[];
}

/** `GroupItemRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchGroupItemRs {
  /** 行程信息 */
  route_info?: AlitripBtripSupplychainFlightIndustrySearchRouteInfoRs;
  /** 成人、儿童、老人对应的报价信息 */
  shopping_items?: AlitripBtripSupplychainFlightIndustrySearchPassengerFlightShoppingItemRs[];
}

/** `RouteInfoRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchRouteInfoRs {
  /** 组成当前线路的形成列表 */
  journey_list?: AlitripBtripSupplychainFlightIndustrySearchJourneyRs[];
}

/** `JourneyRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchJourneyRs {
  /** 到达城市 */
  arr_city?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 总时长 */
  duration?: Int64;
  /** 组成当前行程的航段列表 */
  segment_list?: AlitripBtripSupplychainFlightIndustrySearchFlightSegmentRs[];
  /** 航程序号，从0开始 */
  seq_id?: Int64;
  /** 是否换机场 */
  transfer_change_airport?: boolean;
  /** 总中转时间 */
  transfer_time?: Int64;
}

/** `FlightSegmentRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchFlightSegmentRs {
  /** 航班到达机场三字码 */
  arr_airport?: string;
  /** 到达城市三字码 */
  arr_city?: string;
  /** 到达国家 */
  arr_country?: string;
  /** 到达数字日期(yyyyMMdd) */
  arr_date_int?: Int64;
  /** 航班到达航站楼 */
  arr_term?: string;
  /** 到达日期时间(yyyy-MM-dd HH:mm:ss) */
  arr_time?: string;
  /** 航班起飞机场三字码 */
  dep_airport?: string;
  /** 出发城市三字码 */
  dep_city?: string;
  /** 出发国家 */
  dep_country?: string;
  /** 出发数字日期(yyyyMMdd) */
  dep_date_int?: Int64;
  /** 航班出发航站楼 */
  dep_term?: string;
  /** 出发日期时间(yyyy-MM-dd HH:mm:ss) */
  dep_time?: string;
  /** 时长(单位：分钟) */
  duration?: Int64;
  /** 机型 */
  equip_type?: string;
  /** 航班号+出发机场+达到机场+起飞时间（精确分） */
  id?: string;
  /** 市场方航司(如：KA) */
  marketing_airline?: string;
  /** 市场方航班号(如：KA5809) */
  marketing_flight_no?: string;
  /** 市场方数字航班号（如：5809） */
  marketing_flight_no_int?: Int64;
  /** 餐食类型,0:无参食；1：有餐食；2：饮品；3：茶点；4：早餐；5：正餐； */
  meal?: Int64;
  /** 里程 */
  miles?: Int64;
  /** 航段展示信息 */
  segment_show_info?: string | Record<string, unknown>;
  /** 航段序号，从0开始 */
  seq_id?: Int64;
  /** 经停城市，多个值使用","分隔 */
  stop_city?: string;
  /** 经停次数 */
  stop_quantity?: Int64;
  /** 是否换机场 */
  transfer_change_airport?: boolean;
  /** 时间 */
  transfer_time?: Int64;
}

/** `PassengerFlightShoppingItemRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchPassengerFlightShoppingItemRs {
  /** 乘客类型 */
  passenger_type?: string;
  /** 机票报价 */
  shopping_item?: AlitripBtripSupplychainFlightIndustrySearchFlightShoppingItemRs;
}

/** `FlightShoppingItemRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchFlightShoppingItemRs {
  /** 搜索提供的报价 */
  search_price?: AlitripBtripSupplychainFlightIndustrySearchSearchPriceRs;
  /** 每一航段对应的仓位、价格 */
  segment_cabin_prices?: AlitripBtripSupplychainFlightIndustrySearchSegmentCabinPriceRs[];
}

/** `SearchPriceRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchSearchPriceRs {
  /** 原始销售价，活动前的价格（单位：元） */
  original_sell_price?: Int64;
  /** 销售价(单位：元) */
  sell_price?: Int64;
  /** 参考税(单位：元) */
  tax?: Int64;
}

/** `SegmentCabinPriceRs` of `alitrip.btrip.supplychain.flight.industry.search`. */
export interface AlitripBtripSupplychainFlightIndustrySearchSegmentCabinPriceRs {
  /** 仓位信息 */
  cabin?: string | Record<string, unknown>;
  /** 搜索提供的价格信息 */
  search_price?: string | Record<string, unknown>;
  /** 航段 */
  segment?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  rq: {
    od_info_list: [
      {
        arr_airport_code: ['String'],
        arr_city_code: 'String',
        dep_airport_code: ['String'],
        dep_city_code: 'String',
        dep_date: 'Date',
        earliest_dep_time: 'Date',
        latest_dep_time: 'Date',
      },
    ],
    passenger_quantity_list: [
      {
        passenger_type: 'String',
        quantity: 'Number',
      },
    ],
    trip_preference: {
      cabin_list: ['String'],
    },
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      item_list: [
        {
          route_info: {
            journey_list: [
              {
                arr_city: 'String',
                arr_time: 'Date',
                dep_city: 'String',
                dep_time: 'Date',
                duration: 'Number',
                segment_list: [
                  {
                    arr_airport: 'String',
                    arr_city: 'String',
                    arr_country: 'String',
                    arr_date_int: 'Number',
                    arr_term: 'String',
                    arr_time: 'Date',
                    dep_airport: 'String',
                    dep_city: 'String',
                    dep_country: 'String',
                    dep_date_int: 'Number',
                    dep_term: 'String',
                    dep_time: 'Date',
                    duration: 'Number',
                    equip_type: 'String',
                    id: 'String',
                    marketing_airline: 'String',
                    marketing_flight_no: 'String',
                    marketing_flight_no_int: 'Number',
                    meal: 'Number',
                    miles: 'Number',
                    segment_show_info: 'Json',
                    seq_id: 'Number',
                    stop_city: 'String',
                    stop_quantity: 'Number',
                    transfer_change_airport: 'Boolean',
                    transfer_time: 'Number',
                  },
                ],
                seq_id: 'Number',
                transfer_change_airport: 'Boolean',
                transfer_time: 'Number',
              },
            ],
          },
          shopping_items: [
            {
              passenger_type: 'String',
              shopping_item: {
                search_price: {
                  original_sell_price: 'Number',
                  sell_price: 'Number',
                  tax: 'Number',
                },
                segment_cabin_prices: [
                  {
                    cabin: 'Json',
                    search_price: 'Json',
                    segment: 'Json',
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.flight.industry.search`: method, response root, request and response schemas. */
export const alitripBtripSupplychainFlightIndustrySearchOperation = {
  method: 'alitrip.btrip.supplychain.flight.industry.search',
  responseRoot: 'alitrip_btrip_supplychain_flight_industry_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机票行业搜索接口 — calls TOP method `alitrip.btrip.supplychain.flight.industry.search`.
 *
 * 【商旅】机票行业搜索
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainFlightIndustrySearch(
  client: TopClient,
  request: AlitripBtripSupplychainFlightIndustrySearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripSupplychainFlightIndustrySearchResponse> {
  return client.call<AlitripBtripSupplychainFlightIndustrySearchResponse>(
    {
      method: 'alitrip.btrip.supplychain.flight.industry.search',
      responseRoot: 'alitrip_btrip_supplychain_flight_industry_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
