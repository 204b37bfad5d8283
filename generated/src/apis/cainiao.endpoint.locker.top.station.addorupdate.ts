// Generated from specs/cainiaolocker/cainiao.endpoint.locker.top.station.addorupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.endpoint.locker.top.station.addorupdate` (增加更新代收点). */
export interface CainiaoEndpointLockerTopStationAddorupdateRequest {
  /** 站点信息 */
  station_info?: CainiaoEndpointLockerTopStationAddorupdateStationInfoInput;
}

/** Response of `cainiao.endpoint.locker.top.station.addorupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoEndpointLockerTopStationAddorupdateResponse {
  /** result */
  result?: CainiaoEndpointLockerTopStationAddorupdateSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StationInfo` of `cainiao.endpoint.locker.top.station.addorupdate`. */
export interface CainiaoEndpointLockerTopStationAddorupdateStationInfoInput {
  /** 邮编 */
  zip?: string;
  /** 站点经度 */
  station_lng?: string;
  /** 站点详细地址 */
  station_addr?: string;
  /** 站点id */
  station_id?: string;
  /** 0-上线，1-下线 */
  status: Int64Input;
  /** 站点名字 */
  station_name?: string;
  /** 小区 */
  housing_estate?: string;
  /** 站点编码 */
  station_no?: string;
  /** 城市 */
  city: string;
  /** 站点照片url */
  img_url?: string;
  /** 站点纬度 */
  station_lat?: string;
  /** 省份 */
  province: string;
  /** 坐标类型，MARS-火星坐标（高德坐标），BAIDU-百度坐标,GPS-GPS坐标 */
  coord_type?: string;
  /** 街道 */
  town?: string;
  /** 区县 */
  district: string;
  /** 站点服务能力描述 */
  extra?: string;
  /** 站点类型：100-代收点 */
  station_type: Int64Input;
  /** 站点联系方式 */
  contact: string;
}

/** `SingleResult` of `cainiao.endpoint.locker.top.station.addorupdate`. */
export interface CainiaoEndpointLockerTopStationAddorupdateSingleResult {
  /** 错误描述 */
  error_desc?: string;
  /** 错误编码，见白皮书 */
  error_code?: string;
  /** 本次调用是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  station_info: {
    zip: 'String',
    station_lng: 'String',
    station_addr: 'String',
    station_id: 'String',
    status: 'Number',
    station_name: 'String',
    housing_estate: 'String',
    station_no: 'String',
    city: 'String',
    img_url: 'String',
    station_lat: 'String',
    province: 'String',
    coord_type: 'String',
    town: 'String',
    district: 'String',
    extra: 'String',
    station_type: 'Number',
    contact: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.endpoint.locker.top.station.addorupdate`: method, response root, request and response schemas. */
export const cainiaoEndpointLockerTopStationAddorupdateOperation = {
  method: 'cainiao.endpoint.locker.top.station.addorupdate',
  responseRoot: 'cainiao_endpoint_locker_top_station_addorupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加更新代收点 — calls TOP method `cainiao.endpoint.locker.top.station.addorupdate`.
 *
 * 新增或者修改代收点相关信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoEndpointLockerTopStationAddorupdate(
  client: TopClient,
  request: CainiaoEndpointLockerTopStationAddorupdateRequest = {},
  options?: CallOptions,
): Promise<CainiaoEndpointLockerTopStationAddorupdateResponse> {
  return client.call<CainiaoEndpointLockerTopStationAddorupdateResponse>(
    {
      method: 'cainiao.endpoint.locker.top.station.addorupdate',
      responseRoot: 'cainiao_endpoint_locker_top_station_addorupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
