// Generated from specs/ottpay/youku.ott.pay.order.createorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.pay.order.createorder` (创建订单). */
export interface YoukuOttPayOrderCreateorderRequest {
  /** 下单账号， cp账号 */
  buyer?: string;
  /** 商品id */
  product_id?: string;
  /** 商品名称 */
  product_name?: string;
  /** cp订单号 */
  order_no?: string;
  /** 价格， 单位：分 */
  price?: string;
  /** 回调接口 */
  callback_url?: string;
  /** 订单无关的其他参数,如埋点统计的utdid, mac地址等 */
  extra?: string;
  /** 订单类型，1为连续包月类型 */
  order_type?: Int64Input;
  /** 连续包月实际参数 */
  real_price?: string;
}

/** Response of `youku.ott.pay.order.createorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttPayOrderCreateorderResponse {
  /** data */
  data?: YoukuOttPayOrderCreateorderTvOrderResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvOrderResultDTO` of `youku.ott.pay.order.createorder`. */
export interface YoukuOttPayOrderCreateorderTvOrderResultDTO {
  /** qcodeUrl */
  qcode_url?: string;
  /** message */
  message?: string;
  /** orderNo */
  order_no?: string;
  /** cpOrderNo */
  cp_order_no?: string;
}

const REQUEST_SCHEMA = {
  buyer: 'String',
  product_id: 'String',
  product_name: 'String',
  order_no: 'String',
  price: 'String',
  callback_url: 'String',
  extra: 'String',
  order_type: 'Number',
  real_price: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    qcode_url: 'String',
    message: 'String',
    order_no: 'String',
    cp_order_no: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.pay.order.createorder`: method, response root, request and response schemas. */
export const youkuOttPayOrderCreateorderOperation = {
  method: 'youku.ott.pay.order.createorder',
  responseRoot: 'youku_ott_pay_order_createorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建订单 — calls TOP method `youku.ott.pay.order.createorder`.
 *
 * ottpay创建订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttPayOrderCreateorder(
  client: TopClient,
  request: YoukuOttPayOrderCreateorderRequest = {},
  options?: CallOptions,
): Promise<YoukuOttPayOrderCreateorderResponse> {
  return client.call<YoukuOttPayOrderCreateorderResponse>(
    {
      method: 'youku.ott.pay.order.createorder',
      responseRoot: 'youku_ott_pay_order_createorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
