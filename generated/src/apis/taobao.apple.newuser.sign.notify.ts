// Generated from specs/game/taobao.apple.newuser.sign.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.apple.newuser.sign.notify` (新用户签约通知接口). */
export interface TaobaoAppleNewuserSignNotifyRequest {
  /** 结果code */
  result_code: string;
  /** 结果信息说明 */
  result_msg?: string;
  /** 业务参数 */
  main_data?: TaobaoAppleNewuserSignNotifyAppleTopNewSignNotifyDoInput;
}

/** Response of `taobao.apple.newuser.sign.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAppleNewuserSignNotifyResponse {
  /** 处理结果说明 */
  result_msg?: string;
  /** 处理结果码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppleTopNewSignNotifyDo` of `taobao.apple.newuser.sign.notify`. */
export interface TaobaoAppleNewuserSignNotifyAppleTopNewSignNotifyDoInput {
  /** 电子卡卡号 */
  card_no?: string;
  /** TopUpTocken */
  tut?: string;
  /** 商户订单号 */
  order_no?: string;
  /** 附加信息，后续可以扩展 */
  memo?: string;
  /** 商户上送的用户Id */
  user_no?: string;
  /** 商户上送UCI */
  uci?: string;
  /** Mask id */
  mai?: string;
  /** 网关请求流水号,每次请求唯一 */
  query_id?: string;
}

const REQUEST_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  main_data: {
    card_no: 'String',
    tut: 'String',
    order_no: 'String',
    memo: 'String',
    user_no: 'String',
    uci: 'String',
    mai: 'String',
    query_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.apple.newuser.sign.notify`: method, response root, request and response schemas. */
export const taobaoAppleNewuserSignNotifyOperation = {
  method: 'taobao.apple.newuser.sign.notify',
  responseRoot: 'apple_newuser_sign_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新用户签约通知接口 — calls TOP method `taobao.apple.newuser.sign.notify`.
 *
 * 用户付款成功后，资和信主动通知签约结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAppleNewuserSignNotify(
  client: TopClient,
  request: TaobaoAppleNewuserSignNotifyRequest,
  options?: CallOptions,
): Promise<TaobaoAppleNewuserSignNotifyResponse> {
  return client.call<TaobaoAppleNewuserSignNotifyResponse>(
    {
      method: 'taobao.apple.newuser.sign.notify',
      responseRoot: 'apple_newuser_sign_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
