// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.detail.query` (阿信酒店分销-标准酒店详情查询). */
export interface TaobaoAlitripTravelAxinHotelDetailQueryRequest {
  /** 资源渠道 */
  resource_channel: string;
  /** 标准酒店id */
  shid: Int64Input;
  /** 分销商id */
  distributor_tid: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelDetailQueryResponse {
  /** 返回模型 */
  result?: TaobaoAlitripTravelAxinHotelDetailQueryBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotel.detail.query`. */
export interface TaobaoAlitripTravelAxinHotelDetailQueryBaseResultApiDTO {
  /** 数据模型 */
  data?: TaobaoAlitripTravelAxinHotelDetailQueryStdHotelDTO;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

/** `StdHotelDTO` of `taobao.alitrip.travel.axin.hotel.detail.query`. */
export interface TaobaoAlitripTravelAxinHotelDetailQueryStdHotelDTO {
  /** 标准酒店ID */
  shid?: Int64;
  /** 标准酒店名称 */
  name?: string;
  /** 酒店英文名称 */
  name_en?: string;
  /** 酒店地址 */
  address?: string;
  /** 英文地址 */
  address_en?: string;
  /** 经度 */
  longtitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 0-高德（国内酒店） 1-google(国际酒店)，默认0 */
  position_type?: Int64;
  /** 酒店档次0-暂无，1-经济连锁，2-二星及以下，3-舒适，4-高档，5-豪华 */
  star?: string;
  /** 开业时间 */
  opening_time?: string;
  /** 装修时间 */
  decorate_time?: string;
  /** 酒店描述 */
  description?: string;
  /** 英文描述 */
  description_en?: string;
  /** 电话 */
  hotel_tel?: string;
  /** 0--酒店，1--客栈，2--非标民宿 */
  hotel_type?: Int64;
  /** 国别 0-国内 1-国外 */
  domestic?: Int64;
  /** 0,营业中；-1，筹建中；-2，暂停营业；-3，已停业；默认为0 */
  status?: Int64;
  /** 城市信息 */
  city?: TaobaoAlitripTravelAxinHotelDetailQueryDivisionDTO;
  /** 省信息 */
  province?: TaobaoAlitripTravelAxinHotelDetailQueryDivisionDTO;
  /** 国家信息 */
  country?: TaobaoAlitripTravelAxinHotelDetailQueryDivisionDTO;
}

/** `DivisionDTO` of `taobao.alitrip.travel.axin.hotel.detail.query`. */
export interface TaobaoAlitripTravelAxinHotelDetailQueryDivisionDTO {
  /** 1-国家 2-省 3-城市 */
  level?: string;
  /** 代码 */
  code?: Int64;
  /** 名称 */
  name?: string;
  /** 英文名称 */
  name_en?: string;
}

const REQUEST_SCHEMA = {
  resource_channel: 'String',
  shid: 'Number',
  distributor_tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      shid: 'Number',
      name: 'String',
      name_en: 'String',
      address: 'String',
      address_en: 'String',
      longtitude: 'String',
      latitude: 'String',
      position_type: 'Number',
      star: 'String',
      opening_time: 'String',
      decorate_time: 'String',
      description: 'String',
      description_en: 'String',
      hotel_tel: 'String',
      hotel_type: 'Number',
      domestic: 'Number',
      status: 'Number',
      city: {
        level: 'String',
        code: 'Number',
        name: 'String',
        name_en: 'String',
      },
      province: {
        level: 'String',
        code: 'Number',
        name: 'String',
        name_en: 'String',
      },
      country: {
        level: 'String',
        code: 'Number',
        name: 'String',
        name_en: 'String',
      },
    },
    error_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.detail.query`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelDetailQueryOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.detail.query',
  responseRoot: 'alitrip_travel_axin_hotel_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店分销-标准酒店详情查询 — calls TOP method `taobao.alitrip.travel.axin.hotel.detail.query`.
 *
 * 标准酒店详情查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelDetailQuery(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelDetailQueryRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelDetailQueryResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelDetailQueryResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.detail.query',
      responseRoot: 'alitrip_travel_axin_hotel_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
