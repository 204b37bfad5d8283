// Generated from specs/flight/alitrip.tripvp.agent.order.issue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tripvp.agent.order.issue` (廉航辅营正向订单出货接口). */
export interface AlitripTripvpAgentOrderIssueRequest {
  /** 代理商ID */
  agent_id: Int64Input;
  /** 出货通知信息 */
  issue_pro_order_vo: AlitripTripvpAgentOrderIssueIssueProOrderVoInput;
}

/** Response of `alitrip.tripvp.agent.order.issue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTripvpAgentOrderIssueResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IssueProOrderVo` of `alitrip.tripvp.agent.order.issue`. */
export interface AlitripTripvpAgentOrderIssueIssueProOrderVoInput {
  /** 辅营订单号 */
  order_id: Int64Input;
  /** 辅营出票号，不可为空，字符长度不超过32位 */
  extra_no: string;
}

const REQUEST_SCHEMA = {
  agent_id: 'Number',
  issue_pro_order_vo: {
    order_id: 'Number',
    extra_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.tripvp.agent.order.issue`: method, response root, request and response schemas. */
export const alitripTripvpAgentOrderIssueOperation = {
  method: 'alitrip.tripvp.agent.order.issue',
  responseRoot: 'alitrip_tripvp_agent_order_issue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 廉航辅营正向订单出货接口 — calls TOP method `alitrip.tripvp.agent.order.issue`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTripvpAgentOrderIssue(
  client: TopClient,
  request: AlitripTripvpAgentOrderIssueRequest,
  options?: CallOptions,
): Promise<AlitripTripvpAgentOrderIssueResponse> {
  return client.call<AlitripTripvpAgentOrderIssueResponse>(
    {
      method: 'alitrip.tripvp.agent.order.issue',
      responseRoot: 'alitrip_tripvp_agent_order_issue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
