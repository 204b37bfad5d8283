// Generated from specs/train/taobao.train.agent.order.fail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.order.fail` (出票失败). */
export interface TaobaoTrainAgentOrderFailRequest {
  /** rq */
  param: TaobaoTrainAgentOrderFailBookTicketFailRQInput;
}

/** Response of `taobao.train.agent.order.fail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentOrderFailResponse {
  /** rs */
  result?: TaobaoTrainAgentOrderFailTapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BookTicketFailRQ` of `taobao.train.agent.order.fail`. */
export interface TaobaoTrainAgentOrderFailBookTicketFailRQInput {
  /** 子订单号 */
  sub_order_id: Int64Input;
  /** 出票失败原因 */
  fail_reason: string;
  /** 主单号 */
  ttp_order_id: Int64Input;
}

/** `TapResult` of `taobao.train.agent.order.fail`. */
export interface TaobaoTrainAgentOrderFailTapResult {
  /** success */
  success?: boolean;
  /** 返回code */
  error_code?: Int64;
  /** 返回msg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param: {
    sub_order_id: 'Number',
    fail_reason: 'String',
    ttp_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.order.fail`: method, response root, request and response schemas. */
export const taobaoTrainAgentOrderFailOperation = {
  method: 'taobao.train.agent.order.fail',
  responseRoot: 'train_agent_order_fail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出票失败 — calls TOP method `taobao.train.agent.order.fail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentOrderFail(
  client: TopClient,
  request: TaobaoTrainAgentOrderFailRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentOrderFailResponse> {
  return client.call<TaobaoTrainAgentOrderFailResponse>(
    {
      method: 'taobao.train.agent.order.fail',
      responseRoot: 'train_agent_order_fail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
