// Generated from specs/train/taobao.train.agent.get.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.get.refund` (代理商获取订单退票信息). */
export interface TaobaoTrainAgentGetRefundRequest {
  /** 淘宝的主订单号 */
  main_order_id: Int64Input;
  /** 代理商id */
  agent_id: Int64Input;
}

/** Response of `taobao.train.agent.get.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentGetRefundResponse {
  /** 系统自动生成 */
  top_refund_apply_list?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_refund_apply_list: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.get.refund`: method, response root, request and response schemas. */
export const taobaoTrainAgentGetRefundOperation = {
  method: 'taobao.train.agent.get.refund',
  responseRoot: 'train_agent_get_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代理商获取订单退票信息 — calls TOP method `taobao.train.agent.get.refund`.
 *
 * 代理商获取订单信息回调API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentGetRefund(
  client: TopClient,
  request: TaobaoTrainAgentGetRefundRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentGetRefundResponse> {
  return client.call<TaobaoTrainAgentGetRefundResponse>(
    {
      method: 'taobao.train.agent.get.refund',
      responseRoot: 'train_agent_get_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
