// Generated from specs/omniorder/taobao.omniorder.dtd.resend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.dtd.resend` (门店自送重发码). */
export interface TaobaoOmniorderDtdResendRequest {
  /** 淘宝主订单ID */
  main_order_id: Int64Input;
}

/** Response of `taobao.omniorder.dtd.resend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderDtdResendResponse {
  /** 错误码，为0表示成功，非0表示失败 */
  result_code?: string;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.dtd.resend`: method, response root, request and response schemas. */
export const taobaoOmniorderDtdResendOperation = {
  method: 'taobao.omniorder.dtd.resend',
  responseRoot: 'omniorder_dtd_resend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店自送重发码 — calls TOP method `taobao.omniorder.dtd.resend`.
 *
 * 该接口触发对门店自送发码短信进行重发，码内容不变，接受码的手机号也不变。每个码限制每日重发一次，总共重发5次
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderDtdResend(
  client: TopClient,
  request: TaobaoOmniorderDtdResendRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderDtdResendResponse> {
  return client.call<TaobaoOmniorderDtdResendResponse>(
    {
      method: 'taobao.omniorder.dtd.resend',
      responseRoot: 'omniorder_dtd_resend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
