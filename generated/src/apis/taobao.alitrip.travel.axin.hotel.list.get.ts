// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.list.get` (标准酒店信息查询-阿信). */
export interface TaobaoAlitripTravelAxinHotelListGetRequest {
  /** 城市编码 */
  city_code: Int64Input;
  /** 分销商id(由阿信分配) */
  distributor_tid: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
  /** 页码 */
  page_no: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelListGetResponse {
  /** 接口返回model */
  result?: TaobaoAlitripTravelAxinHotelListGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.alitrip.travel.axin.hotel.list.get`. */
export interface TaobaoAlitripTravelAxinHotelListGetResult {
  /** 分页对象 */
  data?: TaobaoAlitripTravelAxinHotelListGetPageVO;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `PageVO` of `taobao.alitrip.travel.axin.hotel.list.get`. */
export interface TaobaoAlitripTravelAxinHotelListGetPageVO {
  /** 标准酒店列表 */
  data_list?: TaobaoAlitripTravelAxinHotelListGetStdHotelVO[];
  /** 记录总条数 */
  count?: Int64;
}

/** `StdHotelVO` of `taobao.alitrip.travel.axin.hotel.list.get`. */
export interface TaobaoAlitripTravelAxinHotelListGetStdHotelVO {
  /** 标准房型信息 */
  std_room_type_list?: TaobaoAlitripTravelAxinHotelListGetStdRoomType[];
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
  /** 评分 */
  rate_score?: string;
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
  hotel_type?: number;
  /** 宠物信息 */
  pet_info?: string;
  /** 装修时间 */
  decorate_time?: string;
  /** 描述 */
  description?: string;
  /** 状态0-正常 */
  status?: number;
}

/** `StdRoomType` of `taobao.alitrip.travel.axin.hotel.list.get`. */
export interface TaobaoAlitripTravelAxinHotelListGetStdRoomType {
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
  status?: number;
}

const REQUEST_SCHEMA = {
  city_code: 'Number',
  distributor_tid: 'Number',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      data_list: [
        {
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
              status: 'byte',
            },
          ],
          shid: 'Number',
          name: 'String',
          address: 'String',
          services: 'String',
          longtitude: 'String',
          latitude: 'String',
          rate_number: 'Number',
          rate_score: 'String',
          hotel_tel: 'String',
          type: 'String',
          city_code: 'Number',
          star: 'String',
          opening_time: 'String',
          hotel_facilities: 'String',
          brand: 'String',
          hotel_type: 'byte',
          pet_info: 'String',
          decorate_time: 'String',
          description: 'String',
          status: 'byte',
        },
      ],
      count: 'Number',
    },
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.list.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelListGetOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.list.get',
  responseRoot: 'alitrip_travel_axin_hotel_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标准酒店信息查询-阿信 — calls TOP method `taobao.alitrip.travel.axin.hotel.list.get`.
 *
 * 阿信酒店分销基础数据查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelListGet(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelListGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelListGetResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelListGetResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.list.get',
      responseRoot: 'alitrip_travel_axin_hotel_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
