// Generated from specs/alitrippoi/alitrip.platform.poi.raw.poiout.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.platform.poi.raw.poiout` (飞猪poi输出). */
export interface AlitripPlatformPoiRawPoioutRequest {
  /** 查询参数 */
  fliggy_poi_out_param?: AlitripPlatformPoiRawPoioutFliggyPoiOutParamInput;
}

/** Response of `alitrip.platform.poi.raw.poiout`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPlatformPoiRawPoioutResponse {
  /** 接口返回model */
  result?: AlitripPlatformPoiRawPoioutResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FliggyPoiOutParam` of `alitrip.platform.poi.raw.poiout`. */
export interface AlitripPlatformPoiRawPoioutFliggyPoiOutParamInput {
  /** 开始时间 */
  start_data?: DateInput;
  /** 选择城市名 */
  city_names?: string[];
  /** 城市码可不填 */
  city_code?: Int64Input;
  /** 每页数量 */
  page_size?: Int64Input;
  /** 开始页数 */
  page_num?: Int64Input;
}

/** `Result` of `alitrip.platform.poi.raw.poiout`. */
export interface AlitripPlatformPoiRawPoioutResult {
  /** 总数(不可用) */
  total_records?: Int64;
  /** 返回素材id */
  datas?: AlitripPlatformPoiRawPoioutData[];
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** message */
  message?: string;
}

/** `Data` of `alitrip.platform.poi.raw.poiout`. */
export interface AlitripPlatformPoiRawPoioutData {
  /** poiId */
  poi_id?: Int64;
  /** poi名字 */
  name?: string;
  /** poi英文名 */
  name_en?: string;
  /** 类目 */
  first_category?: Int64;
  /** 描述 */
  desc?: string;
  /** 地址 */
  address?: string;
  /** 电话 */
  telephone?: string;
  /** 经度 */
  lon?: string;
  /** 纬度 */
  lat?: string;
  /** 开放时间 */
  open_time?: string;
  /** 行政区划树 */
  division_tree_id?: string;
  /** 行政区划树名 */
  division_tree_name?: string;
  /** 外源id */
  source_id?: string;
}

const REQUEST_SCHEMA = {
  fliggy_poi_out_param: {
    start_data: 'Date',
    city_names: ['String'],
    city_code: 'Number',
    page_size: 'Number',
    page_num: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_records: 'Number',
    datas: [
      {
        poi_id: 'Number',
        name: 'String',
        name_en: 'String',
        first_category: 'Number',
        desc: 'String',
        address: 'String',
        telephone: 'String',
        lon: 'String',
        lat: 'String',
        open_time: 'String',
        division_tree_id: 'String',
        division_tree_name: 'String',
        source_id: 'String',
      },
    ],
    success: 'Boolean',
    result_code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.platform.poi.raw.poiout`: method, response root, request and response schemas. */
export const alitripPlatformPoiRawPoioutOperation = {
  method: 'alitrip.platform.poi.raw.poiout',
  responseRoot: 'alitrip_platform_poi_raw_poiout_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪poi输出 — calls TOP method `alitrip.platform.poi.raw.poiout`.
 *
 * 输出指定城市poi指定信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPlatformPoiRawPoiout(
  client: TopClient,
  request: AlitripPlatformPoiRawPoioutRequest = {},
  options?: CallOptions,
): Promise<AlitripPlatformPoiRawPoioutResponse> {
  return client.call<AlitripPlatformPoiRawPoioutResponse>(
    {
      method: 'alitrip.platform.poi.raw.poiout',
      responseRoot: 'alitrip_platform_poi_raw_poiout_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
