// Generated from specs/train/taobao.train.agent.tostation.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.tostation.receive` (线下票送票至车站代理商确认用户已取票服务). */
export interface TaobaoTrainAgentTostationReceiveRequest {
  /** 淘宝的主订单号 */
  main_order_id: Int64Input;
  /** 代理商id */
  agent_id: Int64Input;
}

/** Response of `taobao.train.agent.tostation.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentTostationReceiveResponse {
  /** 错误码 */
  error_msg_code?: string;
  /** 扩展参数 */
  extend_params?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg_code: 'String',
  extend_params: 'String',
  error_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.tostation.receive`: method, response root, request and response schemas. */
export const taobaoTrainAgentTostationReceiveOperation = {
  method: 'taobao.train.agent.tostation.receive',
  responseRoot: 'train_agent_tostation_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下票送票至车站代理商确认用户已取票服务 — calls TOP method `taobao.train.agent.tostation.receive`.
 *
 * 送票至车站的订单，代理商确认用户已取票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentTostationReceive(
  client: TopClient,
  request: TaobaoTrainAgentTostationReceiveRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentTostationReceiveResponse> {
  return client.call<TaobaoTrainAgentTostationReceiveResponse>(
    {
      method: 'taobao.train.agent.tostation.receive',
      responseRoot: 'train_agent_tostation_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
