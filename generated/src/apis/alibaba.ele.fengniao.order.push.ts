// Generated from specs/logistic/alibaba.ele.fengniao.order.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.order.push` (推送订单). */
export interface AlibabaEleFengniaoOrderPushRequest {
  /** 参数param */
  param: AlibabaEleFengniaoOrderPushParamInput;
}

/** Response of `alibaba.ele.fengniao.order.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoOrderPushResponse {
  /** msg */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.order.push`. */
export interface AlibabaEleFengniaoOrderPushParamInput {
  /** appid */
  app_id?: string;
  /** 外部订单号 */
  partner_order_code?: string;
  /** 渠道code */
  channel_id?: string;
}

const REQUEST_SCHEMA = {
  param: {
    app_id: 'String',
    partner_order_code: 'String',
    channel_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.order.push`: method, response root, request and response schemas. */
export const alibabaEleFengniaoOrderPushOperation = {
  method: 'alibaba.ele.fengniao.order.push',
  responseRoot: 'alibaba_ele_fengniao_order_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推送订单 — calls TOP method `alibaba.ele.fengniao.order.push`.
 *
 * 推送淘宝订单至蜂鸟开放平台配送
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoOrderPush(
  client: TopClient,
  request: AlibabaEleFengniaoOrderPushRequest,
  options?: CallOptions,
): Promise<AlibabaEleFengniaoOrderPushResponse> {
  return client.call<AlibabaEleFengniaoOrderPushResponse>(
    {
      method: 'alibaba.ele.fengniao.order.push',
      responseRoot: 'alibaba_ele_fengniao_order_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
