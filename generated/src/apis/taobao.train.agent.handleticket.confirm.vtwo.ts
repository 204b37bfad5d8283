// Generated from specs/train/taobao.train.agent.handleticket.confirm.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.handleticket.confirm.vtwo` (代理商出票中v2--增加鉴权校验). */
export interface TaobaoTrainAgentHandleticketConfirmVtwoRequest {
  /** 扩展参数 */
  extend_params?: string;
  /** 主站id */
  main_order_id?: Int64Input;
  /** 代理商id */
  seller_id?: Int64Input;
}

/** Response of `taobao.train.agent.handleticket.confirm.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentHandleticketConfirmVtwoResponse {
  /** 错误码 */
  train_error_code?: string;
  /** 错误信息 */
  train_error_msg?: string;
  /** 暂无 */
  extend_params?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  extend_params: 'String',
  main_order_id: 'Number',
  seller_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  train_error_code: 'String',
  train_error_msg: 'String',
  extend_params: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.handleticket.confirm.vtwo`: method, response root, request and response schemas. */
export const taobaoTrainAgentHandleticketConfirmVtwoOperation = {
  method: 'taobao.train.agent.handleticket.confirm.vtwo',
  responseRoot: 'train_agent_handleticket_confirm_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代理商出票中v2--增加鉴权校验 — calls TOP method `taobao.train.agent.handleticket.confirm.vtwo`.
 *
 * 代理商出票中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentHandleticketConfirmVtwo(
  client: TopClient,
  request: TaobaoTrainAgentHandleticketConfirmVtwoRequest = {},
  options?: CallOptions,
): Promise<TaobaoTrainAgentHandleticketConfirmVtwoResponse> {
  return client.call<TaobaoTrainAgentHandleticketConfirmVtwoResponse>(
    {
      method: 'taobao.train.agent.handleticket.confirm.vtwo',
      responseRoot: 'train_agent_handleticket_confirm_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
