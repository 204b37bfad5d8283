// Generated from specs/alitripcar/taobao.alitrip.car.order.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.car.order.refund` (用户投诉达成一致后给用户退款). */
export interface TaobaoAlitripCarOrderRefundRequest {
  /** 退款对象 */
  param_order_refund?: TaobaoAlitripCarOrderRefundOrderRefundInput;
}

/** Response of `taobao.alitrip.car.order.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripCarOrderRefundResponse {
  /** 结果对象 */
  model?: boolean;
  /** 错误消息 */
  message?: string;
  /** 错误码 */
  message_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderRefund` of `taobao.alitrip.car.order.refund`. */
export interface TaobaoAlitripCarOrderRefundOrderRefundInput {
  /** 退款金额(单位：分) */
  refund_fee?: string;
  /** 订单原始金额(单位：分) */
  original_price?: string;
  /** 服务商订单id */
  third_order_id?: string;
  /** 飞猪订单id */
  order_id?: string;
  /** 商家退款唯一标识(密等对账使用) */
  agent_uniq_key?: string;
  /** 供应商编号 */
  provider_id?: string;
}

const REQUEST_SCHEMA = {
  param_order_refund: {
    refund_fee: 'String',
    original_price: 'String',
    third_order_id: 'String',
    order_id: 'String',
    agent_uniq_key: 'String',
    provider_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  message: 'String',
  message_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.car.order.refund`: method, response root, request and response schemas. */
export const taobaoAlitripCarOrderRefundOperation = {
  method: 'taobao.alitrip.car.order.refund',
  responseRoot: 'alitrip_car_order_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户投诉达成一致后给用户退款 — calls TOP method `taobao.alitrip.car.order.refund`.
 *
 * 用户投诉后，供应商客服与客户沟通达成一致后通知飞猪给客户退款。退款金额以接口回调金额为准。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripCarOrderRefund(
  client: TopClient,
  request: TaobaoAlitripCarOrderRefundRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripCarOrderRefundResponse> {
  return client.call<TaobaoAlitripCarOrderRefundResponse>(
    {
      method: 'taobao.alitrip.car.order.refund',
      responseRoot: 'alitrip_car_order_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
