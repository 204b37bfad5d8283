// Generated from specs/tbrefund/taobao.refund.negotiatereturn.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.refund.negotiatereturn` (协商退货退款). */
export interface TaobaoRefundNegotiatereturnRequest {
  /** 退款编号 */
  refund_id: Int64Input;
  /** 退款版本号 */
  refund_version: Int64Input;
  /** 退款金额，单位（分） */
  refund_fee: Int64Input;
  /** 地址ID，通过协商退货退款渲染接口获取到的 */
  address_id: Int64Input;
}

/** Response of `taobao.refund.negotiatereturn`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundNegotiatereturnResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  refund_version: 'Number',
  refund_fee: 'Number',
  address_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `taobao.refund.negotiatereturn`: method, response root, request and response schemas. */
export const taobaoRefundNegotiatereturnOperation = {
  method: 'taobao.refund.negotiatereturn',
  responseRoot: 'refund_negotiatereturn_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 协商退货退款 — calls TOP method `taobao.refund.negotiatereturn`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundNegotiatereturn(
  client: TopClient,
  request: TaobaoRefundNegotiatereturnRequest,
  options?: CallOptions,
): Promise<TaobaoRefundNegotiatereturnResponse> {
  return client.call<TaobaoRefundNegotiatereturnResponse>(
    {
      method: 'taobao.refund.negotiatereturn',
      responseRoot: 'refund_negotiatereturn_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
