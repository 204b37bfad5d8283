// Generated from specs/interact/alibaba.interact.coin.buyer.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.coin.buyer.add` (平台向买家发放淘金币). */
export interface AlibabaInteractCoinBuyerAddRequest {}

/** Response of `alibaba.interact.coin.buyer.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractCoinBuyerAddResponse {
  /** result=0 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.coin.buyer.add`: method, response root, request and response schemas. */
export const alibabaInteractCoinBuyerAddOperation = {
  method: 'alibaba.interact.coin.buyer.add',
  responseRoot: 'alibaba_interact_coin_buyer_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 平台向买家发放淘金币 — calls TOP method `alibaba.interact.coin.buyer.add`.
 *
 * 手淘开放专用接口，没有数据返回，仅用于手淘容器中jssdk接口鉴权。ISV调用该接口向买家发放平台淘金币，需要优惠平台运营审核ISV资质。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractCoinBuyerAdd(
  client: TopClient,
  request: AlibabaInteractCoinBuyerAddRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractCoinBuyerAddResponse> {
  return client.call<AlibabaInteractCoinBuyerAddResponse>(
    {
      method: 'alibaba.interact.coin.buyer.add',
      responseRoot: 'alibaba_interact_coin_buyer_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
