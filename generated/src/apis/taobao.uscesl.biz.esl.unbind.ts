// Generated from specs/uscesl/taobao.uscesl.biz.esl.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.esl.unbind` (电子价签解绑接口). */
export interface TaobaoUsceslBizEslUnbindRequest {
  /** 价签条码 */
  esl_bar_code: string;
  /** 价签系统注册的门店storeId */
  store_id: Int64Input;
  /** 商家标识key */
  biz_brand_key: string;
}

/** Response of `taobao.uscesl.biz.esl.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizEslUnbindResponse {
  /** result.sucess表示本次调用是否成功，true或false */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  esl_bar_code: 'String',
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.esl.unbind`: method, response root, request and response schemas. */
export const taobaoUsceslBizEslUnbindOperation = {
  method: 'taobao.uscesl.biz.esl.unbind',
  responseRoot: 'uscesl_biz_esl_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子价签解绑接口 — calls TOP method `taobao.uscesl.biz.esl.unbind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizEslUnbind(
  client: TopClient,
  request: TaobaoUsceslBizEslUnbindRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslBizEslUnbindResponse> {
  return client.call<TaobaoUsceslBizEslUnbindResponse>(
    {
      method: 'taobao.uscesl.biz.esl.unbind',
      responseRoot: 'uscesl_biz_esl_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
