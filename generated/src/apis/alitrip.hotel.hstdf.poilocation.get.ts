// Generated from specs/hotelhstdf/alitrip.hotel.hstdf.poilocation.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hstdf.poilocation.get` (根据平台城市id分页查询poi location). */
export interface AlitripHotelHstdfPoilocationGetRequest {
  /** 参数封装 */
  param_get_by_trdi_division_id_param?: AlitripHotelHstdfPoilocationGetGetByTrdiDivisionIdParamInput;
}

/** Response of `alitrip.hotel.hstdf.poilocation.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHstdfPoilocationGetResponse {
  /** top返回结果 */
  result?: AlitripHotelHstdfPoilocationGetTopStdResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GetByTrdiDivisionIdParam` of `alitrip.hotel.hstdf.poilocation.get`. */
export interface AlitripHotelHstdfPoilocationGetGetByTrdiDivisionIdParamInput {
  /** 第一页 */
  page?: Int64Input;
  /** 每页取100条 */
  page_size?: Int64Input;
  /** 平台区划id，北京市 */
  trdi_division_id?: Int64Input;
}

/** `TopStdResultSet` of `alitrip.hotel.hstdf.poilocation.get`. */
export interface AlitripHotelHstdfPoilocationGetTopStdResultSet {
  /** 当前分页之后是否还有数据，true--有，可继续查询 */
  has_next?: boolean;
  /** 结果集合 */
  module_list?: AlitripHotelHstdfPoilocationGetHotelPOI[];
  /** 暂不使用 */
  result_code?: string;
  /** 请求失败时的错误信息，一般success=false时有值 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 当前查询条件下的数据总数；判断是否需要继续查询时，可以使用已请求数据量对比该值，但建议对结果集合进行判空，为空即停止 */
  total_results?: Int64;
}

/** `HotelPOI` of `alitrip.hotel.hstdf.poilocation.get`. */
export interface AlitripHotelHstdfPoilocationGetHotelPOI {
  /** 所在城市id */
  city?: Int64;
  /** 暂不使用 */
  city_name?: string;
  /** 所在国家英文名 */
  country?: string;
  /** 所在国家id */
  country_code?: Int64;
  /** 所在区县id */
  district?: Int64;
  /** 能精确到的最低层级区划id，优先区县，次选城市 */
  division_id?: Int64;
  /** 行政区划树，冗余字段，不一定有值 */
  division_tree?: string;
  /** 国内外，0-国内，1--国外 */
  domestic?: Int64;
  /** 英文名 */
  en_name?: string;
  /** 热度 */
  hot?: Int64;
  /** id */
  id?: Int64;
  /** poi location纬度 */
  latitude?: string;
  /** poi locaiton经度 */
  longitude?: string;
  /** 中文名 */
  name?: string;
  /** 分组内排序 */
  order_index?: Int64;
  /** 父id */
  parent_id?: Int64;
  /** 经纬度服务商，0--高德，一般用于国内，1- - 谷歌，一般用于国际 */
  position_type?: Int64;
  /** 所在省份id，北京直辖市 */
  province?: Int64;
  /** 时区，冗余字段，不一定有值 */
  time_zone_id?: string;
  /** 最精确的行政区划对应的平台id */
  trdi_division_id?: Int64;
  /** 类型，3--地铁线路,4--地铁站,20--考点,5--景点,6--机场,7--火车站,8--汽车站,9--医院,10--大学,11--热点搜索,12--城市,13--办公区 */
  type?: Int64;
  /** 搜索热度 */
  search_percent?: string;
}

const REQUEST_SCHEMA = {
  param_get_by_trdi_division_id_param: {
    page: 'Number',
    page_size: 'Number',
    trdi_division_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    has_next: 'Boolean',
    module_list: [
      {
        city: 'Number',
        city_name: 'String',
        country: 'String',
        country_code: 'Number',
        district: 'Number',
        division_id: 'Number',
        division_tree: 'String',
        domestic: 'Number',
        en_name: 'String',
        hot: 'Number',
        id: 'Number',
        latitude: 'String',
        longitude: 'String',
        name: 'String',
        order_index: 'Number',
        parent_id: 'Number',
        position_type: 'Number',
        province: 'Number',
        time_zone_id: 'String',
        trdi_division_id: 'Number',
        type: 'Number',
        search_percent: 'String',
      },
    ],
    result_code: 'String',
    result_msg: 'String',
    success: 'Boolean',
    total_results: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hstdf.poilocation.get`: method, response root, request and response schemas. */
export const alitripHotelHstdfPoilocationGetOperation = {
  method: 'alitrip.hotel.hstdf.poilocation.get',
  responseRoot: 'alitrip_hotel_hstdf_poilocation_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据平台城市id分页查询poi location — calls TOP method `alitrip.hotel.hstdf.poilocation.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHstdfPoilocationGet(
  client: TopClient,
  request: AlitripHotelHstdfPoilocationGetRequest = {},
  options?: CallOptions,
): Promise<AlitripHotelHstdfPoilocationGetResponse> {
  return client.call<AlitripHotelHstdfPoilocationGetResponse>(
    {
      method: 'alitrip.hotel.hstdf.poilocation.get',
      responseRoot: 'alitrip_hotel_hstdf_poilocation_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
