// Generated from specs/ieagency/taobao.alitrip.ie.agent.refund.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.refund.refuse` (拒绝退票申请). */
export interface TaobaoAlitripIeAgentRefundRefuseRequest {
  /** 退票申请单id */
  apply_id: Int64Input;
  /** 订单id */
  order_id: Int64Input;
  /** 代理商回复 */
  agent_answer: string;
  /** 代理商id */
  agent_id?: Int64Input;
}

/** Response of `taobao.alitrip.ie.agent.refund.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentRefundRefuseResponse {
  /** result */
  result?: TaobaoAlitripIeAgentRefundRefuseRefuseRefundTicketRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefuseRefundTicketRs` of `taobao.alitrip.ie.agent.refund.refuse`. */
export interface TaobaoAlitripIeAgentRefundRefuseRefuseRefundTicketRs {
  /** apiErrorMsg */
  error_msg?: string;
  /** apiErrorCode */
  error_code?: Int64;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
  order_id: 'Number',
  agent_answer: 'String',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.refund.refuse`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentRefundRefuseOperation = {
  method: 'taobao.alitrip.ie.agent.refund.refuse',
  responseRoot: 'alitrip_ie_agent_refund_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 拒绝退票申请 — calls TOP method `taobao.alitrip.ie.agent.refund.refuse`.
 *
 * 卖家拒绝退票退票申请
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentRefundRefuse(
  client: TopClient,
  request: TaobaoAlitripIeAgentRefundRefuseRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentRefundRefuseResponse> {
  return client.call<TaobaoAlitripIeAgentRefundRefuseResponse>(
    {
      method: 'taobao.alitrip.ie.agent.refund.refuse',
      responseRoot: 'alitrip_ie_agent_refund_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
