// Generated from specs/alimsg/alibaba.idle.order.msg.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.order.msg.send` (虚拟发货消息发送接口). */
export interface AlibabaIdleOrderMsgSendRequest {
  /** 订单id */
  order_id: string;
  /** 消息发送内容 */
  text: string;
}

/** Response of `alibaba.idle.order.msg.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleOrderMsgSendResponse {
  /** 是否发送成功 */
  send_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  text: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  send_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.order.msg.send`: method, response root, request and response schemas. */
export const alibabaIdleOrderMsgSendOperation = {
  method: 'alibaba.idle.order.msg.send',
  responseRoot: 'alibaba_idle_order_msg_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 虚拟发货消息发送接口 — calls TOP method `alibaba.idle.order.msg.send`.
 *
 * 用户下单后服务商期望自动发货，该接口用于给用户发送文本消息，主要用于卡券类等虚拟商品场景
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleOrderMsgSend(
  client: TopClient,
  request: AlibabaIdleOrderMsgSendRequest,
  options?: CallOptions,
): Promise<AlibabaIdleOrderMsgSendResponse> {
  return client.call<AlibabaIdleOrderMsgSendResponse>(
    {
      method: 'alibaba.idle.order.msg.send',
      responseRoot: 'alibaba_idle_order_msg_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
