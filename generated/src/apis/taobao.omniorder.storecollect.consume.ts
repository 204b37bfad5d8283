// Generated from specs/omniorder/taobao.omniorder.storecollect.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.storecollect.consume` (全渠道门店自提核销订单). */
export interface TaobaoOmniorderStorecollectConsumeRequest {
  /** 核销码 */
  code: string;
  /** 淘宝主订单ID */
  main_order_id: Int64Input;
  /** 核销操作人信息 */
  operator?: string;
}

/** Response of `taobao.omniorder.storecollect.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStorecollectConsumeResponse {
  /** 0表示成功 */
  err_code?: string;
  /** 核销错误信息 */
  err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  main_order_id: 'Number',
  operator: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_code: 'String',
  err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.storecollect.consume`: method, response root, request and response schemas. */
export const taobaoOmniorderStorecollectConsumeOperation = {
  method: 'taobao.omniorder.storecollect.consume',
  responseRoot: 'omniorder_storecollect_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道门店自提核销订单 — calls TOP method `taobao.omniorder.storecollect.consume`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStorecollectConsume(
  client: TopClient,
  request: TaobaoOmniorderStorecollectConsumeRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStorecollectConsumeResponse> {
  return client.call<TaobaoOmniorderStorecollectConsumeResponse>(
    {
      method: 'taobao.omniorder.storecollect.consume',
      responseRoot: 'omniorder_storecollect_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
