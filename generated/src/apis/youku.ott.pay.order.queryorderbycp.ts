// Generated from specs/ottpay/youku.ott.pay.order.queryorderbycp.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.pay.order.queryorderbycp` (订单查询接口(cp订单号查询)). */
export interface YoukuOttPayOrderQueryorderbycpRequest {
  /** cp订单号 */
  cp_order_no?: string;
}

/** Response of `youku.ott.pay.order.queryorderbycp`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttPayOrderQueryorderbycpResponse {
  /** data */
  data?: YoukuOttPayOrderQueryorderbycpTvOrderQueryResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvOrderQueryResultDTO` of `youku.ott.pay.order.queryorderbycp`. */
export interface YoukuOttPayOrderQueryorderbycpTvOrderQueryResultDTO {
  /** statusDesc */
  status_desc?: string;
  /** status */
  status?: string;
  /** cpOrderNo */
  cp_order_no?: string;
  /** orderNo */
  order_no?: string;
  /** price */
  price?: string;
}

const REQUEST_SCHEMA = {
  cp_order_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    status_desc: 'String',
    status: 'String',
    cp_order_no: 'String',
    order_no: 'String',
    price: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.pay.order.queryorderbycp`: method, response root, request and response schemas. */
export const youkuOttPayOrderQueryorderbycpOperation = {
  method: 'youku.ott.pay.order.queryorderbycp',
  responseRoot: 'youku_ott_pay_order_queryorderbycp_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单查询接口(cp订单号查询) — calls TOP method `youku.ott.pay.order.queryorderbycp`.
 *
 * 给商户服务端查询订单状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttPayOrderQueryorderbycp(
  client: TopClient,
  request: YoukuOttPayOrderQueryorderbycpRequest = {},
  options?: CallOptions,
): Promise<YoukuOttPayOrderQueryorderbycpResponse> {
  return client.call<YoukuOttPayOrderQueryorderbycpResponse>(
    {
      method: 'youku.ott.pay.order.queryorderbycp',
      responseRoot: 'youku_ott_pay_order_queryorderbycp_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
