// Generated from specs/eticket/taobao.vmarket.eticket.flow.resend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.flow.resend` (业务重新触发发码短信). */
export interface TaobaoVmarketEticketFlowResendRequest {
  /** 业务单号 */
  outer_id: string;
  /** 业务类型值，可联系淘宝业务运营取得具体值 */
  biz_type: Int64Input;
}

/** Response of `taobao.vmarket.eticket.flow.resend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketFlowResendResponse {
  /** 1成功;0失败 */
  ret_code?: Int64;
  /** 错误提示信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  biz_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.flow.resend`: method, response root, request and response schemas. */
export const taobaoVmarketEticketFlowResendOperation = {
  method: 'taobao.vmarket.eticket.flow.resend',
  responseRoot: 'vmarket_eticket_flow_resend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 业务重新触发发码短信 — calls TOP method `taobao.vmarket.eticket.flow.resend`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketFlowResend(
  client: TopClient,
  request: TaobaoVmarketEticketFlowResendRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketFlowResendResponse> {
  return client.call<TaobaoVmarketEticketFlowResendResponse>(
    {
      method: 'taobao.vmarket.eticket.flow.resend',
      responseRoot: 'vmarket_eticket_flow_resend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
