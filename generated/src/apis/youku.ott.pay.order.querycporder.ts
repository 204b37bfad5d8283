// Generated from specs/ottpay/youku.ott.pay.order.querycporder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.pay.order.querycporder` (查询支付订单对应cp订单号). */
export interface YoukuOttPayOrderQuerycporderRequest {
  /** 支付对应订单 */
  gateway_order: string;
}

/** Response of `youku.ott.pay.order.querycporder`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttPayOrderQuerycporderResponse {
  /** data */
  data?: YoukuOttPayOrderQuerycporderTvOrderResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvOrderResultDTO` of `youku.ott.pay.order.querycporder`. */
export interface YoukuOttPayOrderQuerycporderTvOrderResultDTO {
  /** cp原始订单号 */
  cp_order_no?: string;
  /** qcodeUrl */
  qcode_url?: string;
  /** 版本号 */
  version_code?: string;
  /** 本次订单号 */
  order_no?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  gateway_order: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    cp_order_no: 'String',
    qcode_url: 'String',
    version_code: 'String',
    order_no: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.pay.order.querycporder`: method, response root, request and response schemas. */
export const youkuOttPayOrderQuerycporderOperation = {
  method: 'youku.ott.pay.order.querycporder',
  responseRoot: 'youku_ott_pay_order_querycporder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询支付订单对应cp订单号 — calls TOP method `youku.ott.pay.order.querycporder`.
 *
 * 根据支付订单查询对应cp订单号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttPayOrderQuerycporder(
  client: TopClient,
  request: YoukuOttPayOrderQuerycporderRequest,
  options?: CallOptions,
): Promise<YoukuOttPayOrderQuerycporderResponse> {
  return client.call<YoukuOttPayOrderQuerycporderResponse>(
    {
      method: 'youku.ott.pay.order.querycporder',
      responseRoot: 'youku_ott_pay_order_querycporder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
