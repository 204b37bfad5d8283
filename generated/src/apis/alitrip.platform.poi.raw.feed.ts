// Generated from specs/alitrippoi/alitrip.platform.poi.raw.feed.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.platform.poi.raw.feed` (存储poi原始数据). */
export interface AlitripPlatformPoiRawFeedRequest {
  /** poi存储参数 */
  param0?: AlitripPlatformPoiRawFeedTripPoiRawSaveParamInput;
}

/** Response of `alitrip.platform.poi.raw.feed`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPlatformPoiRawFeedResponse {
  /** result */
  result?: AlitripPlatformPoiRawFeedResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TripPoiRawSaveParam` of `alitrip.platform.poi.raw.feed`. */
export interface AlitripPlatformPoiRawFeedTripPoiRawSaveParamInput {
  /** 国家名称 */
  country_name?: string;
  /** 当地poi名称 */
  local_name?: string;
  /** 备用号码 */
  alternative_phone?: string;
  /** poi英文名称 */
  name_en?: string;
  /** 视频url */
  video_url?: string;
  /** 国家码 */
  country_code?: string;
  /** 经度 */
  lng: string;
  /** 简介 */
  bios?: string;
  /** 城市 */
  city?: string;
  /** 营业时间 */
  business_hour?: string;
  /** 类型 */
  category: string;
  /** 外部源唯一id */
  source_biz_id: string;
  /** 扩展字段 */
  extend_map?: string;
  /** 邮政编码 */
  postal_code?: string;
  /** 主要电话 */
  main_phone?: string;
  /** 来源 */
  source: string;
  /** 地址 */
  address: string;
  /** 当地语言 */
  local_language?: string;
  /** 描述 */
  description?: string;
  /** poi名称 */
  name: string;
  /** 省 */
  province?: string;
  /** poi状态 */
  open_status?: Int64Input;
  /** 图片urls */
  photo_urls?: string[];
  /** 外部网站url */
  web_site_url?: string;
  /** 纬度 */
  lat: string;
}

/** `Result` of `alitrip.platform.poi.raw.feed`. */
export interface AlitripPlatformPoiRawFeedResult {
  /** 错误信息 */
  message?: string;
  /** 返回值 */
  data?: Int64;
  /** 返回码 */
  result_code?: string;
  /** totalRecords */
  total_records?: Int64;
  /** 成功标识 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    country_name: 'String',
    local_name: 'String',
    alternative_phone: 'String',
    name_en: 'String',
    video_url: 'String',
    country_code: 'String',
    lng: 'String',
    bios: 'String',
    city: 'String',
    business_hour: 'String',
    category: 'String',
    source_biz_id: 'String',
    extend_map: 'String',
    postal_code: 'String',
    main_phone: 'String',
    source: 'String',
    address: 'String',
    local_language: 'String',
    description: 'String',
    name: 'String',
    province: 'String',
    open_status: 'Number',
    photo_urls: ['String'],
    web_site_url: 'String',
    lat: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'Number',
    result_code: 'String',
    total_records: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.platform.poi.raw.feed`: method, response root, request and response schemas. */
export const alitripPlatformPoiRawFeedOperation = {
  method: 'alitrip.platform.poi.raw.feed',
  responseRoot: 'alitrip_platform_poi_raw_feed_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 存储poi原始数据 — calls TOP method `alitrip.platform.poi.raw.feed`.
 *
 * 对接外部数据源，外部数据推送poi数据到飞猪
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPlatformPoiRawFeed(
  client: TopClient,
  request: AlitripPlatformPoiRawFeedRequest = {},
  options?: CallOptions,
): Promise<AlitripPlatformPoiRawFeedResponse> {
  return client.call<AlitripPlatformPoiRawFeedResponse>(
    {
      method: 'alitrip.platform.poi.raw.feed',
      responseRoot: 'alitrip_platform_poi_raw_feed_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
