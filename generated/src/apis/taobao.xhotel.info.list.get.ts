// Generated from specs/hotel/taobao.xhotel.info.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.info.list.get` (酒店详细信息查询). */
export interface TaobaoXhotelInfoListGetRequest {
  /** 城市code */
  city_code: Int64Input;
  /** 标准酒店id，如果需要查询单条酒店的信息，需要传入此参数 */
  shid?: Int64Input;
  /**
   * 分页参数：当前页数，从1开始计数。
   * 默认值：1
   */
  current_page?: Int64Input;
  /** 分页参数：每页酒店数量。最小值1，最大值为50。默认值：20 */
  page_size?: Int64Input;
  /** pid */
  pid?: string;
}

/** Response of `taobao.xhotel.info.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelInfoListGetResponse {
  /** 酒店总数 */
  total_results?: Int64;
  /** 标准酒店信息 */
  hotels?: TaobaoXhotelInfoListGetSHotelInfoObject[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SHotelInfoObject` of `taobao.xhotel.info.list.get`. */
export interface TaobaoXhotelInfoListGetSHotelInfoObject {
  /** 标准酒店ID */
  shid?: Int64;
  /** 酒店名称 */
  name?: string;
  /** 酒店类型 */
  type?: string;
  /** 省的code */
  province?: Int64;
  /** 市的code */
  city?: Int64;
  /** 地区的值 */
  district?: Int64;
  /** 酒店地址 */
  address?: string;
  /** 纬度 */
  lat?: string;
  /** 纬度 */
  lng?: string;
  /** 酒店星级，1-5星，0是客栈 */
  star?: string;
  /** 酒店开业时间 */
  opening_time?: string;
  /** 酒店装修时间 */
  decorate_time?: string;
  /**
   * 电话，包括三种类型：
   * 1.固定电话，例如：0086-010-85322688
   * 2.移动电话，例如：13869696363
   * 3.400或800电话，例如：0086-4006123928
   */
  tel?: string;
  /** 评论数 */
  rate_number?: Int64;
  /** 评分 */
  rate_score?: string;
  /** 酒店描述 */
  description?: string;
  /** 图片url，多张图片使用","隔开 */
  pic_urls?: string;
  /** 酒店设施 */
  hotel_facilities?: string;
  /** 服务设施 */
  services?: string;
  /** 酒店品牌 */
  brand?: string;
  /** 酒店状态,0,营业中；-1，筹建中；-2，暂停营业；-3，已停业； */
  status?: Int64;
  /** H5的detail页面的URL */
  h5_detail_url?: string;
  /** 酒店detail页面的url */
  pc_detail_url?: string;
  /** 房型信息 */
  rooms?: TaobaoXhotelInfoListGetSRoomType[];
  /** 是否为民宿类型 */
  bnb_hotel?: boolean;
  /** 入住时间 */
  check_in_time?: string;
  /** 离店时间 */
  check_out_time?: string;
  /** 宠物信息 */
  pet_info?: string;
  /** 外宾类型 */
  foreign_type?: Int64;
  /** 外宾描述 */
  foreign_desc?: string;
}

/** `SRoomType` of `taobao.xhotel.info.list.get`. */
export interface TaobaoXhotelInfoListGetSRoomType {
  /** 匹配的标准房型 */
  srid?: Int64;
  /** shid */
  shid?: Int64;
  /** 房型名 */
  name?: string;
  /** 楼层 */
  floor?: string;
  /** 床型。json格式：[{"bedType":"大床","bedSize":"1.5m"},{"bedType":"双床","bedSize":"1.2m"}] */
  bed?: string;
  /**
   * 宽带服务
   * "0","有线上网(免费),
   * "1","有线上网(无)",
   * "2","有线上网(收费)",
   * "3","有线上网(部分有且免费)",
   * "4","有线上网(部分有且收费)"
   */
  internet?: string;
  /** pic_url */
  pic_url?: string;
  /** facility */
  facility?: string;
  /** 面积 */
  area?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 窗型 */
  window_type?: string;
  /** 状态 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  city_code: 'Number',
  shid: 'Number',
  current_page: 'Number',
  page_size: 'Number',
  pid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  hotels: [
    {
      shid: 'Number',
      name: 'String',
      type: 'String',
      province: 'Number',
      city: 'Number',
      district: 'Number',
      address: 'String',
      lat: 'String',
      lng: 'String',
      star: 'String',
      opening_time: 'String',
      decorate_time: 'String',
      tel: 'String',
      rate_number: 'Number',
      rate_score: 'String',
      description: 'String',
      pic_urls: 'String',
      hotel_facilities: 'String',
      services: 'String',
      brand: 'String',
      status: 'Number',
      h5_detail_url: 'String',
      pc_detail_url: 'String',
      rooms: [
        {
          srid: 'Number',
          shid: 'Number',
          name: 'String',
          floor: 'String',
          bed: 'String',
          internet: 'String',
          pic_url: 'String',
          facility: 'String',
          area: 'String',
          max_occupancy: 'Number',
          window_type: 'String',
          status: 'Number',
        },
      ],
      bnb_hotel: 'Boolean',
      check_in_time: 'String',
      check_out_time: 'String',
      pet_info: 'String',
      foreign_type: 'Number',
      foreign_desc: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.info.list.get`: method, response root, request and response schemas. */
export const taobaoXhotelInfoListGetOperation = {
  method: 'taobao.xhotel.info.list.get',
  responseRoot: 'xhotel_info_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店详细信息查询 — calls TOP method `taobao.xhotel.info.list.get`.
 *
 * 获取酒店详情信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelInfoListGet(
  client: TopClient,
  request: TaobaoXhotelInfoListGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelInfoListGetResponse> {
  return client.call<TaobaoXhotelInfoListGetResponse>(
    {
      method: 'taobao.xhotel.info.list.get',
      responseRoot: 'xhotel_info_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
