// Generated from specs/game/taobao.apple.newuser.activate.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.apple.newuser.activate.notify` (新用户激活通知接口). */
export interface TaobaoAppleNewuserActivateNotifyRequest {
  /** 结果对应值，00位成功，其他为失败 */
  result_code?: string;
  /** 处理结果中文描述 */
  result_msg?: string;
  /** 主业务参数 */
  main_data?: TaobaoAppleNewuserActivateNotifyAppleTopActivateNotifyDoInput;
}

/** Response of `taobao.apple.newuser.activate.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAppleNewuserActivateNotifyResponse {
  /** 处理结果说明 */
  result_msg?: string;
  /** 处理结果码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppleTopActivateNotifyDo` of `taobao.apple.newuser.activate.notify`. */
export interface TaobaoAppleNewuserActivateNotifyAppleTopActivateNotifyDoInput {
  /** 电子卡卡号 */
  card_no?: string;
  /** 商品编号 */
  goods_id?: string;
  /** 商户唯一订单号 */
  order_no?: string;
  /** 附加信息，后续可以扩展 */
  memo?: string;
  /** 商户上送UCI */
  uci?: string;
  /** 面值，单位分 */
  face_price?: string;
  /** 网关订单号 */
  gateway_order_no?: string;
  /** 电子卡密码 */
  card_pass?: string;
}

const REQUEST_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  main_data: {
    card_no: 'String',
    goods_id: 'String',
    order_no: 'String',
    memo: 'String',
    uci: 'String',
    face_price: 'String',
    gateway_order_no: 'String',
    card_pass: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.apple.newuser.activate.notify`: method, response root, request and response schemas. */
export const taobaoAppleNewuserActivateNotifyOperation = {
  method: 'taobao.apple.newuser.activate.notify',
  responseRoot: 'apple_newuser_activate_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新用户激活通知接口 — calls TOP method `taobao.apple.newuser.activate.notify`.
 *
 * 资和信主动通知激活结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAppleNewuserActivateNotify(
  client: TopClient,
  request: TaobaoAppleNewuserActivateNotifyRequest = {},
  options?: CallOptions,
): Promise<TaobaoAppleNewuserActivateNotifyResponse> {
  return client.call<TaobaoAppleNewuserActivateNotifyResponse>(
    {
      method: 'taobao.apple.newuser.activate.notify',
      responseRoot: 'apple_newuser_activate_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
