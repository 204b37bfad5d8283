// Generated from specs/axindata/taobao.alitrip.travel.fsc.hotel.modify.increment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.hotel.modify.increment` (酒店价库变更列表查询-供销平台). */
export interface TaobaoAlitripTravelFscHotelModifyIncrementRequest {
  /** 上次查询的最大更新时间 */
  gmt_modified: DateInput;
  /** 单次查询返回的最大记录数 */
  limit: Int64Input;
  /** 分销商id */
  distributor_tid: Int64Input;
}

/** Response of `taobao.alitrip.travel.fsc.hotel.modify.increment`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscHotelModifyIncrementResponse {
  /** 接口应答对象 */
  result?: TaobaoAlitripTravelFscHotelModifyIncrementBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.fsc.hotel.modify.increment`. */
export interface TaobaoAlitripTravelFscHotelModifyIncrementBaseResultApiDTO {
  /** 数据对象 */
  data?: TaobaoAlitripTravelFscHotelModifyIncrementPageDTO;
  /** 是否调用成功 */
  success?: boolean;
  /** 额外信息 */
  info_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `PageDTO` of `taobao.alitrip.travel.fsc.hotel.modify.increment`. */
export interface TaobaoAlitripTravelFscHotelModifyIncrementPageDTO {
  /** 本次查询最大记录更新时间 */
  max_date_id?: string;
  /** 酒店列表 */
  data_list?: Int64[];
}

const REQUEST_SCHEMA = {
  gmt_modified: 'Date',
  limit: 'Number',
  distributor_tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      max_date_id: 'Date',
      data_list: ['Number'],
    },
    success: 'Boolean',
    info_msg: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.hotel.modify.increment`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscHotelModifyIncrementOperation = {
  method: 'taobao.alitrip.travel.fsc.hotel.modify.increment',
  responseRoot: 'alitrip_travel_fsc_hotel_modify_increment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店价库变更列表查询-供销平台 — calls TOP method `taobao.alitrip.travel.fsc.hotel.modify.increment`.
 *
 * 按照时间纬度查询酒店变更列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscHotelModifyIncrement(
  client: TopClient,
  request: TaobaoAlitripTravelFscHotelModifyIncrementRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscHotelModifyIncrementResponse> {
  return client.call<TaobaoAlitripTravelFscHotelModifyIncrementResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.hotel.modify.increment',
      responseRoot: 'alitrip_travel_fsc_hotel_modify_increment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
