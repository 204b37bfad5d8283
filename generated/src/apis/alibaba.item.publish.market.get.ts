// Generated from specs/tbitem/alibaba.item.publish.market.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.publish.market.get` (获取商家可发布商品的市场信息). */
export interface AlibabaItemPublishMarketGetRequest {}

/** Response of `alibaba.item.publish.market.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemPublishMarketGetResponse {
  /** 商家可发布的市场列表,多个以逗号(,)分隔 */
  markets?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  markets: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.publish.market.get`: method, response root, request and response schemas. */
export const alibabaItemPublishMarketGetOperation = {
  method: 'alibaba.item.publish.market.get',
  responseRoot: 'alibaba_item_publish_market_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商家可发布商品的市场信息 — calls TOP method `alibaba.item.publish.market.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemPublishMarketGet(
  client: TopClient,
  request: AlibabaItemPublishMarketGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaItemPublishMarketGetResponse> {
  return client.call<AlibabaItemPublishMarketGetResponse>(
    {
      method: 'alibaba.item.publish.market.get',
      responseRoot: 'alibaba_item_publish_market_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
