// Generated from specs/hotelhstdf/alitrip.hotel.hstdf.hotelroomstatic.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hstdf.hotelroomstatic.get` (根据类型查询静态字段). */
export interface AlitripHotelHstdfHotelroomstaticGetRequest {
  /** 参数封装 */
  param_get_hotel_room_static_param?: AlitripHotelHstdfHotelroomstaticGetGetHotelRoomStaticParamInput;
}

/** Response of `alitrip.hotel.hstdf.hotelroomstatic.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHstdfHotelroomstaticGetResponse {
  /** top返回结果 */
  result?: AlitripHotelHstdfHotelroomstaticGetTopResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GetHotelRoomStaticParam` of `alitrip.hotel.hstdf.hotelroomstatic.get`. */
export interface AlitripHotelHstdfHotelroomstaticGetGetHotelRoomStaticParamInput {
  /** 第1页 */
  page?: Int64Input;
  /** 每页取100条 */
  page_size?: Int64Input;
  /** 字典类型 */
  type?: Int64Input;
}

/** `TopResultSet` of `alitrip.hotel.hstdf.hotelroomstatic.get`. */
export interface AlitripHotelHstdfHotelroomstaticGetTopResultSet {
  /** 当前页之后是否还有数据,true--还有，可以继续请求 */
  has_next?: boolean;
  /** 结果集合 */
  module_list?: AlitripHotelHstdfHotelroomstaticGetHotelRoomStaticDo[];
  /** 暂不使用 */
  result_code?: string;
  /** 请求失败时返回的错误信息，一般success=false时有值 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 当前查询条件下的数据总数；判断是否需要继续查询时，可以使用已请求数据量对比该值，但建议对结果集合进行判空，为空即停止 */
  total_results?: Int64;
}

/** `HotelRoomStaticDo` of `alitrip.hotel.hstdf.hotelroomstatic.get`. */
export interface AlitripHotelHstdfHotelroomstaticGetHotelRoomStaticDo {
  /** 字典code,收费停车场 */
  code?: string;
  /** 数据银行id，酒店集团字典才有值 */
  data_bank_brand_id?: string;
  /** 描述，不一定有值 */
  description?: string;
  /** 展示名称 */
  display_name?: string;
  /** 英文名 */
  en_name?: string;
  /** 暂不使用 */
  extend_info?: string;
  /** 热度 */
  hot?: Int64;
  /** id */
  id?: Int64;
  /** log图片 */
  logo_url?: string;
  /** 中文名 */
  name?: string;
  /** 父id */
  parent_id?: Int64;
  /** 优先级 */
  priority?: Int64;
  /** 状态，0--生效，-4--失效，接口返回一般均为生效数据 */
  status?: Int64;
  /** 二级分类 */
  sub_type?: Int64;
  /** 暂不使用 */
  tag?: Int64;
  /** 字典类型，10--预订须知，116--酒店设施，117--娱乐设施，118--酒店服务，119--房间设施 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  param_get_hotel_room_static_param: {
    page: 'Number',
    page_size: 'Number',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    has_next: 'Boolean',
    module_list: [
      {
        code: 'String',
        data_bank_brand_id: 'String',
        description: 'String',
        display_name: 'String',
        en_name: 'String',
        extend_info: 'String',
        hot: 'Number',
        id: 'Number',
        logo_url: 'String',
        name: 'String',
        parent_id: 'Number',
        priority: 'Number',
        status: 'Number',
        sub_type: 'Number',
        tag: 'Number',
        type: 'Number',
      },
    ],
    result_code: 'String',
    result_msg: 'String',
    success: 'Boolean',
    total_results: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hstdf.hotelroomstatic.get`: method, response root, request and response schemas. */
export const alitripHotelHstdfHotelroomstaticGetOperation = {
  method: 'alitrip.hotel.hstdf.hotelroomstatic.get',
  responseRoot: 'alitrip_hotel_hstdf_hotelroomstatic_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据类型查询静态字段 — calls TOP method `alitrip.hotel.hstdf.hotelroomstatic.get`.
 *
 * 根据类型查询分页静态字段
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHstdfHotelroomstaticGet(
  client: TopClient,
  request: AlitripHotelHstdfHotelroomstaticGetRequest = {},
  options?: CallOptions,
): Promise<AlitripHotelHstdfHotelroomstaticGetResponse> {
  return client.call<AlitripHotelHstdfHotelroomstaticGetResponse>(
    {
      method: 'alitrip.hotel.hstdf.hotelroomstatic.get',
      responseRoot: 'alitrip_hotel_hstdf_hotelroomstatic_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
