// Generated from specs/train/taobao.train.agent.order.ignore.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.order.ignore` (忽略订单). */
export interface TaobaoTrainAgentOrderIgnoreRequest {
  /** rq */
  param0: TaobaoTrainAgentOrderIgnoreIgnoreOrderRQInput;
}

/** Response of `taobao.train.agent.order.ignore`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentOrderIgnoreResponse {
  /** rs */
  result?: TaobaoTrainAgentOrderIgnoreTapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IgnoreOrderRQ` of `taobao.train.agent.order.ignore`. */
export interface TaobaoTrainAgentOrderIgnoreIgnoreOrderRQInput {
  /** 子单号 （不填默认全部忽略） */
  sub_order_id?: Int64Input[];
  /** 主单号 */
  ttp_order_id: Int64Input;
}

/** `TapResult` of `taobao.train.agent.order.ignore`. */
export interface TaobaoTrainAgentOrderIgnoreTapResult {
  /** success */
  success?: boolean;
  /** 返回code */
  error_code?: Int64;
  /** 返回msg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    sub_order_id: ['Number'],
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

/** Static description of `taobao.train.agent.order.ignore`: method, response root, request and response schemas. */
export const taobaoTrainAgentOrderIgnoreOperation = {
  method: 'taobao.train.agent.order.ignore',
  responseRoot: 'train_agent_order_ignore_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 忽略订单 — calls TOP method `taobao.train.agent.order.ignore`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentOrderIgnore(
  client: TopClient,
  request: TaobaoTrainAgentOrderIgnoreRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentOrderIgnoreResponse> {
  return client.call<TaobaoTrainAgentOrderIgnoreResponse>(
    {
      method: 'taobao.train.agent.order.ignore',
      responseRoot: 'train_agent_order_ignore_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
