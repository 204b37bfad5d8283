// Generated from specs/hotelhstdf/alitrip.hotel.hstdf.shotel.exportshotel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hstdf.shotel.exportshotel` (商家自主导出相似度高的标准酒店). */
export interface AlitripHotelHstdfShotelExportshotelRequest {
  /** HID，卖家酒店上传到平台后的ID */
  hid?: Int64Input;
  /** 酒店名称，必填 */
  name?: string;
  /** 酒店所在行政区划，对应平台ID，为空时会使用经纬度来定位 */
  city_code?: Int64Input;
  /** 电话 */
  tel_number?: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 地址 */
  address?: string;
}

/** Response of `alitrip.hotel.hstdf.shotel.exportshotel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHstdfShotelExportshotelResponse {
  /** top返回结果 */
  top_result_set?: AlitripHotelHstdfShotelExportshotelTopResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultSet` of `alitrip.hotel.hstdf.shotel.exportshotel`. */
export interface AlitripHotelHstdfShotelExportshotelTopResultSet {
  /** 返回5个标准酒店的基础信息 */
  results?: AlitripHotelHstdfShotelExportshotelHotelExportParam[];
  /** error_code */
  error_code?: string;
  /** error_msg */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `HotelExportParam` of `alitrip.hotel.hstdf.shotel.exportshotel`. */
export interface AlitripHotelHstdfShotelExportshotelHotelExportParam {
  /** 标准酒店id */
  shid?: Int64;
  /** 卖家酒店id */
  hid?: Int64;
  /** 标准酒店名称 */
  name?: string;
  /** 标准酒店所在城市 */
  city?: string;
  /** 酒店地址 */
  address?: string;
  /** 电话号码 */
  tel?: string;
  /** 经纬度 */
  jwd?: string;
  /** 相似度分数 */
  score?: string;
  /** 英文名称 */
  name_e?: string;
  /** 英文地址 */
  en_addr?: string;
  /** 曾用名 */
  used_name?: string;
  /** 酒店状态0,正常，有报价可在线售卖，-1，待上线，-3 下架，-1，-3需要上线时联系平台处理 */
  status_code?: Int64;
  /** 酒店状态描述 */
  status_desc?: string;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
  name: 'String',
  city_code: 'Number',
  tel_number: 'String',
  longitude: 'String',
  latitude: 'String',
  address: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_result_set: {
    results: [
      {
        shid: 'Number',
        hid: 'Number',
        name: 'String',
        city: 'String',
        address: 'String',
        tel: 'String',
        jwd: 'String',
        score: 'String',
        name_e: 'String',
        en_addr: 'String',
        used_name: 'String',
        status_code: 'Number',
        status_desc: 'String',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hstdf.shotel.exportshotel`: method, response root, request and response schemas. */
export const alitripHotelHstdfShotelExportshotelOperation = {
  method: 'alitrip.hotel.hstdf.shotel.exportshotel',
  responseRoot: 'alitrip_hotel_hstdf_shotel_exportshotel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家自主导出相似度高的标准酒店 — calls TOP method `alitrip.hotel.hstdf.shotel.exportshotel`.
 *
 * 商家通过给出自己的卖家酒店信息，通过接口可以返回相似度高的标准酒店信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHstdfShotelExportshotel(
  client: TopClient,
  request: AlitripHotelHstdfShotelExportshotelRequest = {},
  options?: CallOptions,
): Promise<AlitripHotelHstdfShotelExportshotelResponse> {
  return client.call<AlitripHotelHstdfShotelExportshotelResponse>(
    {
      method: 'alitrip.hotel.hstdf.shotel.exportshotel',
      responseRoot: 'alitrip_hotel_hstdf_shotel_exportshotel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
