// Generated from specs/happytrip/alibaba.happytrip.taxi.servicestatus.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.servicestatus.get` (供应商服务开通状态). */
export interface AlibabaHappytripTaxiServicestatusGetRequest {
  /** 成本中心代码，用于区分不同的分账账号 */
  cost_center?: string;
}

/** Response of `alibaba.happytrip.taxi.servicestatus.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiServicestatusGetResponse {
  /** 供应商服务状态数据 */
  data?: AlibabaHappytripTaxiServicestatusGetServiceStatusModel;
  /** 错误代码 */
  errno?: Int64;
  /** 错误消息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceStatusModel` of `alibaba.happytrip.taxi.servicestatus.get`. */
export interface AlibabaHappytripTaxiServicestatusGetServiceStatusModel {
  /** 供应商服务在各地区的支持状态 */
  cities?: AlibabaHappytripTaxiServicestatusGetCityServiceStatus[];
}

/** `CityServiceStatus` of `alibaba.happytrip.taxi.servicestatus.get`. */
export interface AlibabaHappytripTaxiServicestatusGetCityServiceStatus {
  /** 供应商的城市id */
  city_id?: string;
  /** 城市名称 */
  name?: string;
  /** 支持的车型代码列表 */
  support_service_levels?: string[];
}

const REQUEST_SCHEMA = {
  cost_center: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    cities: [
      {
        city_id: 'String',
        name: 'String',
        support_service_levels: ['String'],
      },
    ],
  },
  errno: 'Number',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.servicestatus.get`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiServicestatusGetOperation = {
  method: 'alibaba.happytrip.taxi.servicestatus.get',
  responseRoot: 'alibaba_happytrip_taxi_servicestatus_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商服务开通状态 — calls TOP method `alibaba.happytrip.taxi.servicestatus.get`.
 *
 * 获取服务供应商在每个地区的服务开通状态、支持的车型等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiServicestatusGet(
  client: TopClient,
  request: AlibabaHappytripTaxiServicestatusGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiServicestatusGetResponse> {
  return client.call<AlibabaHappytripTaxiServicestatusGetResponse>(
    {
      method: 'alibaba.happytrip.taxi.servicestatus.get',
      responseRoot: 'alibaba_happytrip_taxi_servicestatus_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
