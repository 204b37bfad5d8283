// Generated from specs/happytrip/alibaba.happytrip.taxi.order.destination.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.order.destination.modify` (修改目的地). */
export interface AlibabaHappytripTaxiOrderDestinationModifyRequest {
  /** 订单id */
  order_id: string;
  /** 目的地经度 */
  tlng: string;
  /** 目的地纬度 */
  tlat: string;
  /** 目的地名称(最多50个字) */
  end_name: string;
  /** 目的地详细地址(最多100个字) */
  end_address?: string;
  /** 高德POI唯一标识 */
  end_poi_id?: string;
}

/** Response of `alibaba.happytrip.taxi.order.destination.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiOrderDestinationModifyResponse {
  /** 错误代码 */
  errno?: Int64;
  /** 错误描述 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  tlng: 'String',
  tlat: 'String',
  end_name: 'String',
  end_address: 'String',
  end_poi_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.order.destination.modify`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiOrderDestinationModifyOperation = {
  method: 'alibaba.happytrip.taxi.order.destination.modify',
  responseRoot: 'alibaba_happytrip_taxi_order_destination_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改目的地 — calls TOP method `alibaba.happytrip.taxi.order.destination.modify`.
 *
 * 通知ISV修改订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiOrderDestinationModify(
  client: TopClient,
  request: AlibabaHappytripTaxiOrderDestinationModifyRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiOrderDestinationModifyResponse> {
  return client.call<AlibabaHappytripTaxiOrderDestinationModifyResponse>(
    {
      method: 'alibaba.happytrip.taxi.order.destination.modify',
      responseRoot: 'alibaba_happytrip_taxi_order_destination_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
