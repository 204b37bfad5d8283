// Generated from specs/hotelhstdf/alitrip.hotel.hstdf.shotel.exportsroomtype.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hstdf.shotel.exportsroomtype` (导出一个卖家房型下的所有标准房型). */
export interface AlitripHotelHstdfShotelExportsroomtypeRequest {
  /** 卖家酒店id */
  hid: Int64Input;
}

/** Response of `alitrip.hotel.hstdf.shotel.exportsroomtype`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHstdfShotelExportsroomtypeResponse {
  /** top返回结果 */
  result?: AlitripHotelHstdfShotelExportsroomtypeTopResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultSet` of `alitrip.hotel.hstdf.shotel.exportsroomtype`. */
export interface AlitripHotelHstdfShotelExportsroomtypeTopResultSet {
  /** SroomTypePo */
  results?: AlitripHotelHstdfShotelExportsroomtypeSroomTypePo[];
  /** error_code */
  error_code?: string;
  /** error_msg */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `SroomTypePo` of `alitrip.hotel.hstdf.shotel.exportsroomtype`. */
export interface AlitripHotelHstdfShotelExportsroomtypeSroomTypePo {
  /** 标准房型id */
  srid?: Int64;
  /** 标准房型名称 */
  name?: string;
  /** 标准房型英文名称 */
  name_e?: string;
  /** 标准房型床型 */
  bed_type?: string;
  /** 标准房型面积 */
  area?: string;
  /** 窗型，0:无窗,1:有窗,2:部分有窗,3:暗窗,4:部分暗窗 */
  window_type?: Int64;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        srid: 'Number',
        name: 'String',
        name_e: 'String',
        bed_type: 'String',
        area: 'String',
        window_type: 'Number',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hstdf.shotel.exportsroomtype`: method, response root, request and response schemas. */
export const alitripHotelHstdfShotelExportsroomtypeOperation = {
  method: 'alitrip.hotel.hstdf.shotel.exportsroomtype',
  responseRoot: 'alitrip_hotel_hstdf_shotel_exportsroomtype_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导出一个卖家房型下的所有标准房型 — calls TOP method `alitrip.hotel.hstdf.shotel.exportsroomtype`.
 *
 * 导出一个卖家酒店下的所有标准房型
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHstdfShotelExportsroomtype(
  client: TopClient,
  request: AlitripHotelHstdfShotelExportsroomtypeRequest,
  options?: CallOptions,
): Promise<AlitripHotelHstdfShotelExportsroomtypeResponse> {
  return client.call<AlitripHotelHstdfShotelExportsroomtypeResponse>(
    {
      method: 'alitrip.hotel.hstdf.shotel.exportsroomtype',
      responseRoot: 'alitrip_hotel_hstdf_shotel_exportsroomtype_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
