// Generated from specs/game/taobao.apple.card.active.cancel.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.apple.card.active.cancel.notify` (苹果卡密取消激活回调接口). */
export interface TaobaoAppleCardActiveCancelNotifyRequest {
  /** 原商户申请激活时的订单号 */
  order_no?: string;
  /**
   * 卡信息
   *
   * Max list size: 20
   */
  apple_card_cancels?: TaobaoAppleCardActiveCancelNotifyAppleCardCancelDtoInput[];
  /** 结果，000：整单取消激活成功 04： 取消激活失败（包括全部失败和部分失败，此时需以detail为准） */
  result_code?: string;
  /** 网关订单号 */
  gateway_order_no?: string;
  /** 描述 */
  result_msg?: string;
}

/** Response of `taobao.apple.card.active.cancel.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAppleCardActiveCancelNotifyResponse {
  /** 错误码 */
  result_code?: string;
  /** 描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppleCardCancelDto` of `taobao.apple.card.active.cancel.notify`. */
export interface TaobaoAppleCardActiveCancelNotifyAppleCardCancelDtoInput {
  /** 单卡取消激活结果描述 */
  status_desc?: string;
  /** 单卡取消激活结果码 */
  status_code?: string;
  /** 面值 */
  face_price?: string;
  /** 卡号 */
  card_no?: string;
  /** 产品编码 */
  zhx_goods_id?: string;
}

const REQUEST_SCHEMA = {
  order_no: 'String',
  apple_card_cancels: [
    {
      status_desc: 'String',
      status_code: 'String',
      face_price: 'String',
      card_no: 'String',
      zhx_goods_id: 'String',
    },
  ],
  result_code: 'String',
  gateway_order_no: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.apple.card.active.cancel.notify`: method, response root, request and response schemas. */
export const taobaoAppleCardActiveCancelNotifyOperation = {
  method: 'taobao.apple.card.active.cancel.notify',
  responseRoot: 'apple_card_active_cancel_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 苹果卡密取消激活回调接口 — calls TOP method `taobao.apple.card.active.cancel.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAppleCardActiveCancelNotify(
  client: TopClient,
  request: TaobaoAppleCardActiveCancelNotifyRequest = {},
  options?: CallOptions,
): Promise<TaobaoAppleCardActiveCancelNotifyResponse> {
  return client.call<TaobaoAppleCardActiveCancelNotifyResponse>(
    {
      method: 'taobao.apple.card.active.cancel.notify',
      responseRoot: 'apple_card_active_cancel_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
