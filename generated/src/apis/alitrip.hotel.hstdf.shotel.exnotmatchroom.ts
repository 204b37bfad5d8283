// Generated from specs/hotelhstdf/alitrip.hotel.hstdf.shotel.exnotmatchroom.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hstdf.shotel.exnotmatchroom` (导出一个hid下所有未匹配rid的接口). */
export interface AlitripHotelHstdfShotelExnotmatchroomRequest {
  /** 卖家酒店hid */
  hid?: Int64Input;
}

/** Response of `alitrip.hotel.hstdf.shotel.exnotmatchroom`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHstdfShotelExnotmatchroomResponse {
  /** top返回结果 */
  result?: AlitripHotelHstdfShotelExnotmatchroomTopResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultSet` of `alitrip.hotel.hstdf.shotel.exnotmatchroom`. */
export interface AlitripHotelHstdfShotelExnotmatchroomTopResultSet {
  /** 返回列表 */
  results?: AlitripHotelHstdfShotelExnotmatchroomRoomTypePo[];
  /** error_code */
  error_code?: string;
  /** error_msg */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `RoomTypePo` of `alitrip.hotel.hstdf.shotel.exnotmatchroom`. */
export interface AlitripHotelHstdfShotelExnotmatchroomRoomTypePo {
  /** 外部系统id */
  outer_id?: string;
  /** 卖家未匹配房型的面积 */
  area?: string;
  /** 卖家未匹配房型的床型 */
  bed_type?: string;
  /** 卖家未匹配房型英文名称 */
  name_e?: string;
  /** 卖家未匹配房型名称 */
  name?: string;
  /** 卖家未匹配rid */
  rid?: Int64;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        outer_id: 'String',
        area: 'String',
        bed_type: 'String',
        name_e: 'String',
        name: 'String',
        rid: 'Number',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hstdf.shotel.exnotmatchroom`: method, response root, request and response schemas. */
export const alitripHotelHstdfShotelExnotmatchroomOperation = {
  method: 'alitrip.hotel.hstdf.shotel.exnotmatchroom',
  responseRoot: 'alitrip_hotel_hstdf_shotel_exnotmatchroom_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导出一个hid下所有未匹配rid的接口 — calls TOP method `alitrip.hotel.hstdf.shotel.exnotmatchroom`.
 *
 * 导出一个卖家hid下所有未匹配的rid信息，包括rid，名称、英文名称、床型、窗型、面积、对外系统id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHstdfShotelExnotmatchroom(
  client: TopClient,
  request: AlitripHotelHstdfShotelExnotmatchroomRequest = {},
  options?: CallOptions,
): Promise<AlitripHotelHstdfShotelExnotmatchroomResponse> {
  return client.call<AlitripHotelHstdfShotelExnotmatchroomResponse>(
    {
      method: 'alitrip.hotel.hstdf.shotel.exnotmatchroom',
      responseRoot: 'alitrip_hotel_hstdf_shotel_exnotmatchroom_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
