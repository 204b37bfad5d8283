// Generated from specs/ship/alitrip.ship.product.syncnunber.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ship.product.syncnunber` (船票班次变更回调). */
export interface AlitripShipProductSyncnunberRequest {
  /** 出发城市 */
  city_name?: string;
  /** 出发城市code */
  city_code?: string;
  /** 出发港口 */
  from_station_name?: string;
  /** 出发港口编号 */
  from_station_code?: string;
}

/** Response of `alitrip.ship.product.syncnunber`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripShipProductSyncnunberResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 成功状态 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  city_name: 'String',
  city_code: 'String',
  from_station_name: 'String',
  from_station_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ship.product.syncnunber`: method, response root, request and response schemas. */
export const alitripShipProductSyncnunberOperation = {
  method: 'alitrip.ship.product.syncnunber',
  responseRoot: 'alitrip_ship_product_syncnunber_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 船票班次变更回调 — calls TOP method `alitrip.ship.product.syncnunber`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripShipProductSyncnunber(
  client: TopClient,
  request: AlitripShipProductSyncnunberRequest = {},
  options?: CallOptions,
): Promise<AlitripShipProductSyncnunberResponse> {
  return client.call<AlitripShipProductSyncnunberResponse>(
    {
      method: 'alitrip.ship.product.syncnunber',
      responseRoot: 'alitrip_ship_product_syncnunber_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
