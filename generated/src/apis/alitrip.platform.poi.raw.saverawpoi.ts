// Generated from specs/alitrippoi/alitrip.platform.poi.raw.saverawpoi.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.platform.poi.raw.saverawpoi` (POI开放存储能力). */
export interface AlitripPlatformPoiRawSaverawpoiRequest {
  /** poi存储参数 */
  trip_poi_raw_save_param?: AlitripPlatformPoiRawSaverawpoiTripPoiRawSaveParamV2Input;
}

/** Response of `alitrip.platform.poi.raw.saverawpoi`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPlatformPoiRawSaverawpoiResponse {
  /** 接口返回model */
  result?: AlitripPlatformPoiRawSaverawpoiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TripPoiRawSaveParamV2` of `alitrip.platform.poi.raw.saverawpoi`. */
export interface AlitripPlatformPoiRawSaverawpoiTripPoiRawSaveParamV2Input {
  /** 下线原因 */
  offline_reason?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 图片地址(,分隔多张) */
  photo_urls?: string[];
  /** 城市 */
  city?: string;
  /** 主要电话 */
  main_phone?: string;
  /** 简介 */
  bios?: string;
  /** 邮政编码 */
  postal_code?: string;
  /** 描述 */
  description?: string;
  /** 服务详情 */
  service_info?: AlitripPlatformPoiRawSaverawpoiStructureServiceInfoInput;
  /** 类型 */
  type?: Int64Input;
  /** 外部网站url */
  web_site_url?: string;
  /** 认领主账号id */
  seller_id?: Int64Input;
  /** 省 */
  province?: string;
  /** 视频url */
  video_url?: string;
  /** 商圈 */
  commercial_circle?: string;
  /** 国家码 */
  country_code?: string;
  /** 扩展字段 */
  extend_map?: string;
  /** 子账号id */
  sub_seller_id?: Int64Input;
  /** poiId(飞猪端poiId) */
  poi_id?: Int64Input;
  /** 品牌信息 */
  brand_info?: AlitripPlatformPoiRawSaverawpoiStructureBrandInfoInput;
  /** 门店Id */
  shop_id?: string;
  /** 开放时间 */
  open_time?: string;
  /** 英文地址 */
  address_en?: string;
  /** 纬度 */
  lat?: string;
  /** poi状态 */
  open_status?: Int64Input;
  /** 地址 */
  address?: string;
  /** 外部源唯一id */
  source_biz_id?: string;
  /** 经度 */
  lng?: string;
  /** 别名 */
  name_alias?: string;
  /** 服务时间 */
  business_hour?: string;
  /** 当地地址 */
  address_local?: string;
  /** 备用号码 */
  alternative_phone?: string;
  /** 手机号 */
  telephone?: string;
  /** 人均消费 */
  consumption?: string;
  /** 英文名 */
  name_en?: string;
  /** 交通 */
  transport?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 中台门店id */
  store_id?: Int64Input;
  /** 本地名 */
  local_name?: string;
  /** 推荐信息 */
  recommend_infos?: string;
  /** 名字 */
  name?: string;
  /** 国家名 */
  country_name?: string;
  /** 店铺类型 */
  shop_type?: string;
  /** 操作类型(0:新增 1:更新) */
  operator_type?: Int64Input;
  /** 类型 */
  category?: string;
  /** 当地语言 */
  local_language?: string;
  /** 下线详细原因 */
  offline_reason_detail?: string;
}

/** `StructureServiceInfo` of `alitrip.platform.poi.raw.saverawpoi`. */
export interface AlitripPlatformPoiRawSaverawpoiStructureServiceInfoInput {
  /** 是否提供酒精饮料 */
  alcohol?: boolean;
  /** 是否有停车位 */
  parking?: boolean;
  /** 是否有wifi */
  wifi?: boolean;
  /** 是否接受预约 */
  booking?: boolean;
  /** 是否允许自带杯 */
  byo?: boolean;
  /** 是否有包厢 */
  box?: boolean;
  /** 是否提供中文服务 */
  chinese_svc?: boolean;
  /** 是否支持外带 */
  takeout?: boolean;
  /** 是否需要小费 */
  tips?: boolean;
  /** 是否支持电话预定 */
  tel_rsvt?: boolean;
}

/** `StructureBrandInfo` of `alitrip.platform.poi.raw.saverawpoi`. */
export interface AlitripPlatformPoiRawSaverawpoiStructureBrandInfoInput {
  /** 品牌名 */
  brand_name?: string;
  /** 品牌英文名 */
  brand_en_name?: string;
  /** 品牌Logo */
  brand_logo?: string;
}

/** `Result` of `alitrip.platform.poi.raw.saverawpoi`. */
export interface AlitripPlatformPoiRawSaverawpoiResult {
  /** 总记录 */
  total_records?: Int64;
  /** 返回素材id */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  trip_poi_raw_save_param: {
    offline_reason: 'String',
    gmt_modified: 'String',
    photo_urls: ['String'],
    city: 'String',
    main_phone: 'String',
    bios: 'String',
    postal_code: 'String',
    description: 'String',
    service_info: {
      alcohol: 'Boolean',
      parking: 'Boolean',
      wifi: 'Boolean',
      booking: 'Boolean',
      byo: 'Boolean',
      box: 'Boolean',
      chinese_svc: 'Boolean',
      takeout: 'Boolean',
      tips: 'Boolean',
      tel_rsvt: 'Boolean',
    },
    type: 'Number',
    web_site_url: 'String',
    seller_id: 'Number',
    province: 'String',
    video_url: 'String',
    commercial_circle: 'String',
    country_code: 'String',
    extend_map: 'String',
    sub_seller_id: 'Number',
    poi_id: 'Number',
    brand_info: {
      brand_name: 'String',
      brand_en_name: 'String',
      brand_logo: 'String',
    },
    shop_id: 'String',
    open_time: 'String',
    address_en: 'String',
    lat: 'String',
    open_status: 'Number',
    address: 'String',
    source_biz_id: 'String',
    lng: 'String',
    name_alias: 'String',
    business_hour: 'String',
    address_local: 'String',
    alternative_phone: 'String',
    telephone: 'String',
    consumption: 'String',
    name_en: 'String',
    transport: 'String',
    gmt_create: 'String',
    store_id: 'Number',
    local_name: 'String',
    recommend_infos: 'String',
    name: 'String',
    country_name: 'String',
    shop_type: 'String',
    operator_type: 'Number',
    category: 'String',
    local_language: 'String',
    offline_reason_detail: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_records: 'Number',
    data: 'String',
    success: 'Boolean',
    result_code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.platform.poi.raw.saverawpoi`: method, response root, request and response schemas. */
export const alitripPlatformPoiRawSaverawpoiOperation = {
  method: 'alitrip.platform.poi.raw.saverawpoi',
  responseRoot: 'alitrip_platform_poi_raw_saverawpoi_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * POI开放存储能力 — calls TOP method `alitrip.platform.poi.raw.saverawpoi`.
 *
 * POI开放存储提供离线/在线/纬错更新的能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPlatformPoiRawSaverawpoi(
  client: TopClient,
  request: AlitripPlatformPoiRawSaverawpoiRequest = {},
  options?: CallOptions,
): Promise<AlitripPlatformPoiRawSaverawpoiResponse> {
  return client.call<AlitripPlatformPoiRawSaverawpoiResponse>(
    {
      method: 'alitrip.platform.poi.raw.saverawpoi',
      responseRoot: 'alitrip_platform_poi_raw_saverawpoi_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
