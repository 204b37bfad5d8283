// Generated from specs/axindata/taobao.alitrip.travel.fsc.hotel.list.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.hotel.list.query` (标准酒店信息查询-供销平台). */
export interface TaobaoAlitripTravelFscHotelListQueryRequest {
  /** 上次查询最大shid */
  last_max_shid: Int64Input;
  /** 城市代码 */
  city_code: Int64Input;
  /** 每次查询限制条数 */
  limit: Int64Input;
  /** 分销商id */
  distributor_tid: Int64Input;
}

/** Response of `taobao.alitrip.travel.fsc.hotel.list.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscHotelListQueryResponse {
  /** 接口应答对象 */
  result?: TaobaoAlitripTravelFscHotelListQueryBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.fsc.hotel.list.query`. */
export interface TaobaoAlitripTravelFscHotelListQueryBaseResultApiDTO {
  /** 数据对象 */
  data?: TaobaoAlitripTravelFscHotelListQueryPageDTO;
  /** 调用成功 */
  success?: boolean;
  /** 额外信息 */
  info_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `PageDTO` of `taobao.alitrip.travel.fsc.hotel.list.query`. */
export interface TaobaoAlitripTravelFscHotelListQueryPageDTO {
  /** 数据列表 */
  data_list?: TaobaoAlitripTravelFscHotelListQueryStdHotelVO[];
  /** 总记录数 */
  count?: Int64;
  /** 上次返回最大酒店id */
  max_date_id?: Int64;
}

/** `StdHotelVO` of `taobao.alitrip.travel.fsc.hotel.list.query`. */
export interface TaobaoAlitripTravelFscHotelListQueryStdHotelVO {
  /** 标准酒店id */
  shid?: Int64;
  /** 标准酒店名称 */
  name?: string;
  /** 地址 */
  address?: string;
  /** 服务 */
  services?: string;
  /** 经度 */
  longtitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 评论数 */
  rate_number?: Int64;
  /** 酒店电话 */
  hotel_tel?: string;
  /** 酒店特色 */
  type?: string;
  /** 城市编码 */
  city_code?: Int64;
  /** 酒店档次 */
  star?: string;
  /** 开业时间 */
  opening_time?: string;
  /** 酒店设施 */
  hotel_facilities?: string;
  /** 酒店品牌 */
  brand?: string;
  /** 酒店类型（0-标准酒店 1-标准客栈） */
  hotel_type?: Int64;
  /** 宠物信息 */
  pet_info?: string;
  /** 装修时间 */
  decorate_time?: string;
  /** 描述 */
  description?: string;
  /** 入住须知 */
  check_info?: string;
  /** 预定须知 */
  booking_info?: string;
  /** 标准房型列表 */
  std_room_type_list?: TaobaoAlitripTravelFscHotelListQueryStdRoomType[];
  /** 评分 */
  rate_score?: string;
}

/** `StdRoomType` of `taobao.alitrip.travel.fsc.hotel.list.query`. */
export interface TaobaoAlitripTravelFscHotelListQueryStdRoomType {
  /** 标准房型id */
  srid?: Int64;
  /** 标准房型名称 */
  name?: string;
  /** 楼层 */
  floor?: string;
  /** 宽带服务（"0","有线上网(免费),"1","有线上网(无)","2","有线上网(收费)","3","有线上网(部分有且免费)","4","有线上网(部分有且收费)"） */
  network_service?: string;
  /** 设施 */
  facility?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 面积 */
  area?: string;
  /** 窗型（0, 无窗,1, 有窗;） */
  window_type?: string;
  /** 床型 */
  bed_type?: string;
  /** 床型描述 */
  bed_type_desc?: string;
  /** 状态（0 - 正常 ，-1 删除 ，-4 失效） */
  status?: Int64;
  /** 床型 BedGroupDTO 之间是 或的关系，group 内部的 BedInfoDTO 是 与的关系 */
  bed_group_d_t_o_list?: TaobaoAlitripTravelFscHotelListQueryBedGroupDTO[];
}

/** `BedGroupDTO` of `taobao.alitrip.travel.fsc.hotel.list.query`. */
export interface TaobaoAlitripTravelFscHotelListQueryBedGroupDTO {
  /** 床型详细信息 */
  bed_info_d_t_o_list?: TaobaoAlitripTravelFscHotelListQueryBedInfoDTO[];
}

/** `BedInfoDTO` of `taobao.alitrip.travel.fsc.hotel.list.query`. */
export interface TaobaoAlitripTravelFscHotelListQueryBedInfoDTO {
  /** 描述 */
  desc?: string;
  /** 床型0-大床1-双床2-单人床 */
  bed_type?: string;
  /** 数量 */
  bed_num?: Int64;
  /** 床宽 */
  width?: string;
  /** 床长 */
  length?: string;
}

const REQUEST_SCHEMA = {
  last_max_shid: 'Number',
  city_code: 'Number',
  limit: 'Number',
  distributor_tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      data_list: [
        {
          shid: 'Number',
          name: 'String',
          address: 'String',
          services: 'String',
          longtitude: 'String',
          latitude: 'String',
          rate_number: 'Number',
          hotel_tel: 'String',
          type: 'String',
          city_code: 'Number',
          star: 'String',
          opening_time: 'String',
          hotel_facilities: 'String',
          brand: 'String',
          hotel_type: 'Number',
          pet_info: 'String',
          decorate_time: 'String',
          description: 'String',
          check_info: 'String',
          booking_info: 'String',
          std_room_type_list: [
            {
              srid: 'Number',
              name: 'String',
              floor: 'String',
              network_service: 'String',
              facility: 'String',
              max_occupancy: 'Number',
              area: 'String',
              window_type: 'String',
              bed_type: 'String',
              bed_type_desc: 'String',
              status: 'Number',
              bed_group_d_t_o_list: [
                {
                  bed_info_d_t_o_list: [
                    {
                      desc: 'String',
                      bed_type: 'String',
                      bed_num: 'Number',
                      width: 'String',
                      length: 'String',
                    },
                  ],
                },
              ],
            },
          ],
          rate_score: 'String',
        },
      ],
      count: 'Number',
      max_date_id: 'Number',
    },
    success: 'Boolean',
    info_msg: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.hotel.list.query`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscHotelListQueryOperation = {
  method: 'taobao.alitrip.travel.fsc.hotel.list.query',
  responseRoot: 'alitrip_travel_fsc_hotel_list_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标准酒店信息查询-供销平台 — calls TOP method `taobao.alitrip.travel.fsc.hotel.list.query`.
 *
 * 供销平台标准酒店信息列表查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscHotelListQuery(
  client: TopClient,
  request: TaobaoAlitripTravelFscHotelListQueryRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscHotelListQueryResponse> {
  return client.call<TaobaoAlitripTravelFscHotelListQueryResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.hotel.list.query',
      responseRoot: 'alitrip_travel_fsc_hotel_list_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
