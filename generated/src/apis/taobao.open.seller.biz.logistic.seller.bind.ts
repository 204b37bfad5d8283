// Generated from specs/logistic/taobao.open.seller.biz.logistic.seller.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.open.seller.biz.logistic.seller.bind` (店铺授权发货注册（催发货）). */
export interface TaobaoOpenSellerBizLogisticSellerBindRequest {
  /** 淘宝测试店铺Nick */
  seller_nick: string;
}

/** Response of `taobao.open.seller.biz.logistic.seller.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenSellerBizLogisticSellerBindResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  seller_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `taobao.open.seller.biz.logistic.seller.bind`: method, response root, request and response schemas. */
export const taobaoOpenSellerBizLogisticSellerBindOperation = {
  method: 'taobao.open.seller.biz.logistic.seller.bind',
  responseRoot: 'open_seller_biz_logistic_seller_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 店铺授权发货注册（催发货） — calls TOP method `taobao.open.seller.biz.logistic.seller.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenSellerBizLogisticSellerBind(
  client: TopClient,
  request: TaobaoOpenSellerBizLogisticSellerBindRequest,
  options?: CallOptions,
): Promise<TaobaoOpenSellerBizLogisticSellerBindResponse> {
  return client.call<TaobaoOpenSellerBizLogisticSellerBindResponse>(
    {
      method: 'taobao.open.seller.biz.logistic.seller.bind',
      responseRoot: 'open_seller_biz_logistic_seller_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
