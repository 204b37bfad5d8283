// Generated from specs/btrip/alitrip.btrip.supplychain.train.industry.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.train.industry.search` (火车票行业搜索接口). */
export interface AlitripBtripSupplychainTrainIndustrySearchRequest {
  /** 入参 */
  rq?: AlitripBtripSupplychainTrainIndustrySearchTrainSearchRqInput;
}

/** Response of `alitrip.btrip.supplychain.train.industry.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainTrainIndustrySearchResponse {
  /** 出参 */
  result?: AlitripBtripSupplychainTrainIndustrySearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TrainSearchRq` of `alitrip.btrip.supplychain.train.industry.search`. */
export interface AlitripBtripSupplychainTrainIndustrySearchTrainSearchRqInput {
  /** 目的地区域code */
  arr_area_code?: string;
  /** 目的地地区 */
  arr_area_name?: string;
  /** 目的地 */
  arr_location?: string;
  /** 目的地code，站点三字码 */
  arr_location_code?: string;
  /** 出发地区 */
  dep_area_code?: string;
  /** 出发地区 */
  dep_area_name?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 出发地 */
  dep_location?: string;
  /** 出发地code，站点三字码 */
  dep_location_code?: string;
  /** 0:普通(默认) 1：学生 */
  passenger_type?: Int64Input;
  /** 排序规则，排序规则:0:最早出发,1:最晚出发,2:耗时最短 */
  sort_type?: Int64Input;
  /** 企业corpId */
  corp_id: string;
}

/** `HisvResult` of `alitrip.btrip.supplychain.train.industry.search`. */
export interface AlitripBtripSupplychainTrainIndustrySearchHisvResult {
  /** 火车行业查询返回结果 */
  module?: AlitripBtripSupplychainTrainIndustrySearchTrainSearchRs;
  /** 返回码 */
  result_code?: Int64;
  /** 返回信息 */
  result_msg?: string;
  /** 成功标识 */
  is_success?: boolean;
}

/** `TrainSearchRs` of `alitrip.btrip.supplychain.train.industry.search`. */
export interface AlitripBtripSupplychainTrainIndustrySearchTrainSearchRs {
  /** 到达城市 */
  arr_city?: string;
  /** 到达站 */
  arr_location?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 出发站 */
  dep_location?: string;
  /** 是否有更多车次 */
  has_more_train?: boolean;
  /** 是否展示中转引导 */
  show_trans_guide?: boolean;
  /** 直达车次列表 */
  trains?: AlitripBtripSupplychainTrainIndustrySearchTrainStationVo[];
}

/** `TrainStationVo` of `alitrip.btrip.supplychain.train.industry.search`. */
export interface AlitripBtripSupplychainTrainIndustrySearchTrainStationVo {
  /** 次日 */
  arr_day_tag?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 完整到达时间, */
  arr_time_full?: string;
  /** 到达车站站名, */
  arrive_station?: string;
  /** 到达车站三字码, */
  arrive_station_code?: string;
  /** 耗时, */
  cost_time?: string;
  /** 耗时,分钟 */
  cost_time_int?: Int64;
  /** 出发时间, */
  dep_time?: string;
  /** 完整出发时间 */
  dep_time_full?: string;
  /** 出发车站站名, */
  depart_station?: string;
  /** 出发车站三字码, */
  depart_station_code?: string;
  /** 是否终点站 */
  end_station?: Int64;
  /** 是否有更多车次 */
  has_more_train?: boolean;
  /** 是否有票, 0:无票，1:有票 */
  has_stock?: boolean;
  /** 预售期 */
  pre_sell_date_str?: string;
  /** 列表页用户显示的坐席名称对应的价格。 */
  price?: Int64;
  /** 是否是复兴号 */
  revival_train?: boolean;
  /** 坐席列表 */
  seat_types?: AlitripBtripSupplychainTrainIndustrySearchSeatVo[];
  /** 是否支持身份 */
  show_id_icon?: boolean;
  /** 是否是静音车厢 */
  silence_compartment?: boolean;
  /** 是否始发站 */
  start_station?: Int64;
  /** 列车车次 */
  train_no?: string;
  /** 列车类型的编号。1=普快, 2=新空普快, 3=普客, 4=快速, 5=新空普客, 6=城际高速, 7=动车组, 8=高速动车, 9=新空快速, 10=新空特快, 11=特快, 12=新空直达 */
  train_type?: Int64;
}

/** `SeatVo` of `alitrip.btrip.supplychain.train.industry.search`. */
export interface AlitripBtripSupplychainTrainIndustrySearchSeatVo {
  /** 候补价 */
  houbu_price?: Int64;
  /** 价格 */
  price?: Int64;
  /** 名称 */
  seat_name?: string;
  /** 类型 */
  seat_type?: Int64;
  /** 下铺价 */
  sleeper_price?: Int64;
  /** 库存 */
  stock?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    arr_area_code: 'String',
    arr_area_name: 'String',
    arr_location: 'String',
    arr_location_code: 'String',
    dep_area_code: 'String',
    dep_area_name: 'String',
    dep_date: 'String',
    dep_location: 'String',
    dep_location_code: 'String',
    passenger_type: 'Number',
    sort_type: 'Number',
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      arr_city: 'String',
      arr_location: 'String',
      dep_city: 'String',
      dep_date: 'String',
      dep_location: 'String',
      has_more_train: 'Boolean',
      show_trans_guide: 'Boolean',
      trains: [
        {
          arr_day_tag: 'String',
          arr_time: 'String',
          arr_time_full: 'String',
          arrive_station: 'String',
          arrive_station_code: 'String',
          cost_time: 'String',
          cost_time_int: 'Number',
          dep_time: 'String',
          dep_time_full: 'String',
          depart_station: 'String',
          depart_station_code: 'String',
          end_station: 'Number',
          has_more_train: 'Boolean',
          has_stock: 'Boolean',
          pre_sell_date_str: 'String',
          price: 'Number',
          revival_train: 'Boolean',
          seat_types: [
            {
              houbu_price: 'Number',
              price: 'Number',
              seat_name: 'String',
              seat_type: 'Number',
              sleeper_price: 'Number',
              stock: 'Number',
            },
          ],
          show_id_icon: 'Boolean',
          silence_compartment: 'Boolean',
          start_station: 'Number',
          train_no: 'String',
          train_type: 'Number',
        },
      ],
    },
    result_code: 'Number',
    result_msg: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.train.industry.search`: method, response root, request and response schemas. */
export const alitripBtripSupplychainTrainIndustrySearchOperation = {
  method: 'alitrip.btrip.supplychain.train.industry.search',
  responseRoot: 'alitrip_btrip_supplychain_train_industry_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 火车票行业搜索接口 — calls TOP method `alitrip.btrip.supplychain.train.industry.search`.
 *
 * 【商旅】火车票行业搜索接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainTrainIndustrySearch(
  client: TopClient,
  request: AlitripBtripSupplychainTrainIndustrySearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripSupplychainTrainIndustrySearchResponse> {
  return client.call<AlitripBtripSupplychainTrainIndustrySearchResponse>(
    {
      method: 'alitrip.btrip.supplychain.train.industry.search',
      responseRoot: 'alitrip_btrip_supplychain_train_industry_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
