// Generated from specs/ieagency/taobao.alitrip.ie.agent.refund.refundmoney.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.refund.refundmoney` (确认退款). */
export interface TaobaoAlitripIeAgentRefundRefundmoneyRequest {
  /** 退票申请单id */
  apply_id: Int64Input;
  /** 代理商id */
  agent_id?: Int64Input;
}

/** Response of `taobao.alitrip.ie.agent.refund.refundmoney`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentRefundRefundmoneyResponse {
  /** result */
  result?: TaobaoAlitripIeAgentRefundRefundmoneyRefundMoneyNoPasswordRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundMoneyNoPasswordRs` of `taobao.alitrip.ie.agent.refund.refundmoney`. */
export interface TaobaoAlitripIeAgentRefundRefundmoneyRefundMoneyNoPasswordRs {
  /** apiErrorMsg */
  error_msg?: string;
  /** apiErrorCode */
  error_code?: Int64;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.refund.refundmoney`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentRefundRefundmoneyOperation = {
  method: 'taobao.alitrip.ie.agent.refund.refundmoney',
  responseRoot: 'alitrip_ie_agent_refund_refundmoney_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认退款 — calls TOP method `taobao.alitrip.ie.agent.refund.refundmoney`.
 *
 * 卖家进行退款操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentRefundRefundmoney(
  client: TopClient,
  request: TaobaoAlitripIeAgentRefundRefundmoneyRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentRefundRefundmoneyResponse> {
  return client.call<TaobaoAlitripIeAgentRefundRefundmoneyResponse>(
    {
      method: 'taobao.alitrip.ie.agent.refund.refundmoney',
      responseRoot: 'alitrip_ie_agent_refund_refundmoney_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
