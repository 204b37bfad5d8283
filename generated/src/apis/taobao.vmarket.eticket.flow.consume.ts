// Generated from specs/eticket/taobao.vmarket.eticket.flow.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.flow.consume` (无交易类凭证核销). */
export interface TaobaoVmarketEticketFlowConsumeRequest {
  /** 业务单号 */
  outer_id: string;
  /** 凭证码 */
  code: string;
  /** 淘宝业务提供的业务类型值，请联系相关业务运营取得 */
  biz_type: Int64Input;
  /** 核销操作人 */
  operator?: string;
}

/** Response of `taobao.vmarket.eticket.flow.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketFlowConsumeResponse {
  /** 执行成功 */
  ret_code?: Int64;
  /** 错误提示信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  code: 'String',
  biz_type: 'Number',
  operator: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.flow.consume`: method, response root, request and response schemas. */
export const taobaoVmarketEticketFlowConsumeOperation = {
  method: 'taobao.vmarket.eticket.flow.consume',
  responseRoot: 'vmarket_eticket_flow_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 无交易类凭证核销 — calls TOP method `taobao.vmarket.eticket.flow.consume`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketFlowConsume(
  client: TopClient,
  request: TaobaoVmarketEticketFlowConsumeRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketFlowConsumeResponse> {
  return client.call<TaobaoVmarketEticketFlowConsumeResponse>(
    {
      method: 'taobao.vmarket.eticket.flow.consume',
      responseRoot: 'vmarket_eticket_flow_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
