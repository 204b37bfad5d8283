// Generated from specs/mtopopen/taobao.wireless.bunting.shop.shorturl.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wireless.bunting.shop.shorturl.create` (通过店铺id取得短链). */
export interface TaobaoWirelessBuntingShopShorturlCreateRequest {
  /** 商店id */
  shop_id?: string;
}

/** Response of `taobao.wireless.bunting.shop.shorturl.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWirelessBuntingShopShorturlCreateResponse {
  /** 短链 */
  shorturl?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  shop_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  shorturl: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wireless.bunting.shop.shorturl.create`: method, response root, request and response schemas. */
export const taobaoWirelessBuntingShopShorturlCreateOperation = {
  method: 'taobao.wireless.bunting.shop.shorturl.create',
  responseRoot: 'wireless_bunting_shop_shorturl_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过店铺id取得短链 — calls TOP method `taobao.wireless.bunting.shop.shorturl.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWirelessBuntingShopShorturlCreate(
  client: TopClient,
  request: TaobaoWirelessBuntingShopShorturlCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoWirelessBuntingShopShorturlCreateResponse> {
  return client.call<TaobaoWirelessBuntingShopShorturlCreateResponse>(
    {
      method: 'taobao.wireless.bunting.shop.shorturl.create',
      responseRoot: 'wireless_bunting_shop_shorturl_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
