// Generated from specs/ottpay/youku.ott.pay.order.queryorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.pay.order.queryorder` (查询订单). */
export interface YoukuOttPayOrderQueryorderRequest {
  /** 订单号 */
  order_no: string;
}

/** Response of `youku.ott.pay.order.queryorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttPayOrderQueryorderResponse {
  /** status */
  data?: YoukuOttPayOrderQueryorderTvOrderQueryResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvOrderQueryResultDTO` of `youku.ott.pay.order.queryorder`. */
export interface YoukuOttPayOrderQueryorderTvOrderQueryResultDTO {
  /** cpOrderNo */
  cp_order_no?: string;
  /** orderNo */
  order_no?: string;
  /** price */
  price?: string;
  /** status */
  status?: string;
  /** statusDesc */
  status_desc?: string;
}

const REQUEST_SCHEMA = {
  order_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    cp_order_no: 'String',
    order_no: 'String',
    price: 'String',
    status: 'String',
    status_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.pay.order.queryorder`: method, response root, request and response schemas. */
export const youkuOttPayOrderQueryorderOperation = {
  method: 'youku.ott.pay.order.queryorder',
  responseRoot: 'youku_ott_pay_order_queryorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询订单 — calls TOP method `youku.ott.pay.order.queryorder`.
 *
 * 通过订单号查询订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttPayOrderQueryorder(
  client: TopClient,
  request: YoukuOttPayOrderQueryorderRequest,
  options?: CallOptions,
): Promise<YoukuOttPayOrderQueryorderResponse> {
  return client.call<YoukuOttPayOrderQueryorderResponse>(
    {
      method: 'youku.ott.pay.order.queryorder',
      responseRoot: 'youku_ott_pay_order_queryorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
