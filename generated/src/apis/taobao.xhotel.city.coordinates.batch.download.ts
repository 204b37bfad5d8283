// Generated from specs/xhotelitem/taobao.xhotel.city.coordinates.batch.download.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.city.coordinates.batch.download` (下载飞猪国际城市结果). */
export interface TaobaoXhotelCityCoordinatesBatchDownloadRequest {
  /** 上传的经纬度批次号 */
  batch_id?: Int64Input;
}

/** Response of `taobao.xhotel.city.coordinates.batch.download`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelCityCoordinatesBatchDownloadResponse {
  /** 经纬度计算结果列表 */
  coordinate_list?: TaobaoXhotelCityCoordinatesBatchDownloadCoordinate[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Coordinate` of `taobao.xhotel.city.coordinates.batch.download`. */
export interface TaobaoXhotelCityCoordinatesBatchDownloadCoordinate {
  /** 批次号 */
  batch_id?: Int64;
  /** 飞猪城市编码 */
  city?: Int64;
  /** 飞猪城市中文名称 */
  city_cn_name?: string;
  /** 飞猪城市英文名称 */
  city_en_name?: string;
  /** 飞猪国家编码 */
  country?: Int64;
  /** 外部经纬度标识id，可以是酒店或城市的id */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  batch_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  coordinate_list: [
    {
      batch_id: 'Number',
      city: 'Number',
      city_cn_name: 'String',
      city_en_name: 'String',
      country: 'Number',
      outer_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.city.coordinates.batch.download`: method, response root, request and response schemas. */
export const taobaoXhotelCityCoordinatesBatchDownloadOperation = {
  method: 'taobao.xhotel.city.coordinates.batch.download',
  responseRoot: 'xhotel_city_coordinates_batch_download_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 下载飞猪国际城市结果 — calls TOP method `taobao.xhotel.city.coordinates.batch.download`.
 *
 * 给国际酒店供应商提供计算对应飞猪城市的服务，免去城市名称匹配流程，加快对接流程
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelCityCoordinatesBatchDownload(
  client: TopClient,
  request: TaobaoXhotelCityCoordinatesBatchDownloadRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelCityCoordinatesBatchDownloadResponse> {
  return client.call<TaobaoXhotelCityCoordinatesBatchDownloadResponse>(
    {
      method: 'taobao.xhotel.city.coordinates.batch.download',
      responseRoot: 'xhotel_city_coordinates_batch_download_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
