// Generated from specs/ship/alitrip.ship.product.syncbase.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ship.product.syncbase` (基础信息修改回调). */
export interface AlitripShipProductSyncbaseRequest {}

/** Response of `alitrip.ship.product.syncbase`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripShipProductSyncbaseResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ship.product.syncbase`: method, response root, request and response schemas. */
export const alitripShipProductSyncbaseOperation = {
  method: 'alitrip.ship.product.syncbase',
  responseRoot: 'alitrip_ship_product_syncbase_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 基础信息修改回调 — calls TOP method `alitrip.ship.product.syncbase`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripShipProductSyncbase(
  client: TopClient,
  request: AlitripShipProductSyncbaseRequest = {},
  options?: CallOptions,
): Promise<AlitripShipProductSyncbaseResponse> {
  return client.call<AlitripShipProductSyncbaseResponse>(
    {
      method: 'alitrip.ship.product.syncbase',
      responseRoot: 'alitrip_ship_product_syncbase_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
