// Generated from specs/ottpay/youku.ott.pay.order.deleteorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.pay.order.deleteorder` (退订应用中心支付订单). */
export interface YoukuOttPayOrderDeleteorderRequest {
  /** 下单账号， cp账号 */
  buyer?: string;
  /** 商品id */
  product_id?: string;
  /** 商品名称 */
  product_name?: string;
  /** cp订单号 */
  order_no?: string;
  /** 回调地址 */
  callback_url?: string;
  /** 订单无关的其他参数,如埋点统计的utdid, mac地址等 */
  extra?: string;
  /** 订单类型，1为连续包月类型,2为取消连续包月 */
  order_type?: Int64Input;
  /** 连续包月原始订单 */
  original_order_no?: string;
}

/** Response of `youku.ott.pay.order.deleteorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttPayOrderDeleteorderResponse {
  /** data */
  data?: YoukuOttPayOrderDeleteorderTvOrderResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TvOrderResultDto` of `youku.ott.pay.order.deleteorder`. */
export interface YoukuOttPayOrderDeleteorderTvOrderResultDto {
  /** qcodeUrl */
  qcode_url?: string;
  /** 出错信息 */
  message?: string;
  /** cp发起删除的订单号 */
  order_no?: string;
  /** cp连续包月原始订单号 */
  cp_order_no?: string;
}

const REQUEST_SCHEMA = {
  buyer: 'String',
  product_id: 'String',
  product_name: 'String',
  order_no: 'String',
  callback_url: 'String',
  extra: 'String',
  order_type: 'Number',
  original_order_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    qcode_url: 'String',
    message: 'String',
    order_no: 'String',
    cp_order_no: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.pay.order.deleteorder`: method, response root, request and response schemas. */
export const youkuOttPayOrderDeleteorderOperation = {
  method: 'youku.ott.pay.order.deleteorder',
  responseRoot: 'youku_ott_pay_order_deleteorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退订应用中心支付订单 — calls TOP method `youku.ott.pay.order.deleteorder`.
 *
 * 应用中心sdk连续包月退订接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttPayOrderDeleteorder(
  client: TopClient,
  request: YoukuOttPayOrderDeleteorderRequest = {},
  options?: CallOptions,
): Promise<YoukuOttPayOrderDeleteorderResponse> {
  return client.call<YoukuOttPayOrderDeleteorderResponse>(
    {
      method: 'youku.ott.pay.order.deleteorder',
      responseRoot: 'youku_ott_pay_order_deleteorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
