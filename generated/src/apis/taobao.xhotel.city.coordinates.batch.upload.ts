// Generated from specs/xhotelitem/taobao.xhotel.city.coordinates.batch.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.city.coordinates.batch.upload` (上传信息计算飞猪国际城市). */
export interface TaobaoXhotelCityCoordinatesBatchUploadRequest {
  /**
   * 经纬度列表
   *
   * Max list size: 1000
   */
  coordinate_list: TaobaoXhotelCityCoordinatesBatchUploadCoordinateInput[];
}

/** Response of `taobao.xhotel.city.coordinates.batch.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelCityCoordinatesBatchUploadResponse {
  /** 上传成功后的批次号 */
  batch_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Coordinate` of `taobao.xhotel.city.coordinates.batch.upload`. */
export interface TaobaoXhotelCityCoordinatesBatchUploadCoordinateInput {
  /** 飞猪国家编码 */
  country: Int64Input;
  /** 纬度 */
  latitude: string;
  /** 经度 */
  longitude: string;
  /** 外部经纬度标识id，可以是酒店或城市的id */
  outer_id: string;
}

const REQUEST_SCHEMA = {
  coordinate_list: [
    {
      country: 'Number',
      latitude: 'String',
      longitude: 'String',
      outer_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  batch_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.city.coordinates.batch.upload`: method, response root, request and response schemas. */
export const taobaoXhotelCityCoordinatesBatchUploadOperation = {
  method: 'taobao.xhotel.city.coordinates.batch.upload',
  responseRoot: 'xhotel_city_coordinates_batch_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传信息计算飞猪国际城市 — calls TOP method `taobao.xhotel.city.coordinates.batch.upload`.
 *
 * 给供应商提供计算对应飞猪城市的服务，免去城市名称匹配流程，加快对接流程。目前只适用于国际城市，国内+港澳台暂不支持。
 * 非实时计算接口，每次批量上传不少于1条的数据，后端离线计算，请于30分钟后再下载结果。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelCityCoordinatesBatchUpload(
  client: TopClient,
  request: TaobaoXhotelCityCoordinatesBatchUploadRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelCityCoordinatesBatchUploadResponse> {
  return client.call<TaobaoXhotelCityCoordinatesBatchUploadResponse>(
    {
      method: 'taobao.xhotel.city.coordinates.batch.upload',
      responseRoot: 'xhotel_city_coordinates_batch_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
