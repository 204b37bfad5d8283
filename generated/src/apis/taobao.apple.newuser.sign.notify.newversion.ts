// Generated from specs/game/taobao.apple.newuser.sign.notify.newversion.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.apple.newuser.sign.notify.newversion` (新用户签约结果通知接口v2). */
export interface TaobaoAppleNewuserSignNotifyNewversionRequest {
  /** 结果code */
  result_code: string;
  /** 结果信息说明 */
  result_msg?: string;
  /** 业务参数 */
  main_data?: TaobaoAppleNewuserSignNotifyNewversionAppleTopNewSignNotifyDoInput;
}

/** Response of `taobao.apple.newuser.sign.notify.newversion`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAppleNewuserSignNotifyNewversionResponse {
  /** 处理结果说明 */
  result_msg?: string;
  /** 处理结果码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppleTopNewSignNotifyDo` of `taobao.apple.newuser.sign.notify.newversion`. */
export interface TaobaoAppleNewuserSignNotifyNewversionAppleTopNewSignNotifyDoInput {
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
  /** 商户上送tUCI */
  tuci?: string;
}

const REQUEST_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  main_data: {
    tut: 'String',
    order_no: 'String',
    memo: 'String',
    user_no: 'String',
    uci: 'String',
    mai: 'String',
    query_id: 'String',
    tuci: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.apple.newuser.sign.notify.newversion`: method, response root, request and response schemas. */
export const taobaoAppleNewuserSignNotifyNewversionOperation = {
  method: 'taobao.apple.newuser.sign.notify.newversion',
  responseRoot: 'apple_newuser_sign_notify_newversion_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新用户签约结果通知接口v2 — calls TOP method `taobao.apple.newuser.sign.notify.newversion`.
 *
 * 资和信主动通知签约结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAppleNewuserSignNotifyNewversion(
  client: TopClient,
  request: TaobaoAppleNewuserSignNotifyNewversionRequest,
  options?: CallOptions,
): Promise<TaobaoAppleNewuserSignNotifyNewversionResponse> {
  return client.call<TaobaoAppleNewuserSignNotifyNewversionResponse>(
    {
      method: 'taobao.apple.newuser.sign.notify.newversion',
      responseRoot: 'apple_newuser_sign_notify_newversion_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
