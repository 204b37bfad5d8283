// Generated from specs/eticket/taobao.vmarket.eticket.time.expand.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.time.expand` (订单延时接口). */
export interface TaobaoVmarketEticketTimeExpandRequest {
  /** 订单ID */
  order_id: Int64Input;
  /** 延长天数，延长时间=当前过期时间+延长天数 */
  expand_days: Int64Input;
}

/** Response of `taobao.vmarket.eticket.time.expand`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketTimeExpandResponse {
  /** 0:失败；1:成功 */
  ret_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  expand_days: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.time.expand`: method, response root, request and response schemas. */
export const taobaoVmarketEticketTimeExpandOperation = {
  method: 'taobao.vmarket.eticket.time.expand',
  responseRoot: 'vmarket_eticket_time_expand_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单延时接口 — calls TOP method `taobao.vmarket.eticket.time.expand`.
 *
 * 提供码商操作订单延期接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketTimeExpand(
  client: TopClient,
  request: TaobaoVmarketEticketTimeExpandRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketTimeExpandResponse> {
  return client.call<TaobaoVmarketEticketTimeExpandResponse>(
    {
      method: 'taobao.vmarket.eticket.time.expand',
      responseRoot: 'vmarket_eticket_time_expand_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
