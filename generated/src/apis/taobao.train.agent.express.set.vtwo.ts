// Generated from specs/train/taobao.train.agent.express.set.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.express.set.vtwo` (线下票回填物流信息v2--增加鉴权校验). */
export interface TaobaoTrainAgentExpressSetVtwoRequest {
  /** 订单号 */
  main_order_id: Int64Input;
  /** 物流单号 */
  express_id?: string;
  /** 发货地址 */
  addr: string;
  /** 手机号 */
  mobile: string;
  /** 代理商id */
  agent_id: Int64Input;
  /** 物流公司:SF,EMS */
  express_name?: string;
}

/** Response of `taobao.train.agent.express.set.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentExpressSetVtwoResponse {
  /** 错误码 */
  error_msg_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 扩展参数 */
  extend_params?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  express_id: 'String',
  addr: 'String',
  mobile: 'String',
  agent_id: 'Number',
  express_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg_code: 'String',
  error_msg: 'String',
  extend_params: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.express.set.vtwo`: method, response root, request and response schemas. */
export const taobaoTrainAgentExpressSetVtwoOperation = {
  method: 'taobao.train.agent.express.set.vtwo',
  responseRoot: 'train_agent_express_set_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下票回填物流信息v2--增加鉴权校验 — calls TOP method `taobao.train.agent.express.set.vtwo`.
 *
 * 线下票回填物流信息服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentExpressSetVtwo(
  client: TopClient,
  request: TaobaoTrainAgentExpressSetVtwoRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentExpressSetVtwoResponse> {
  return client.call<TaobaoTrainAgentExpressSetVtwoResponse>(
    {
      method: 'taobao.train.agent.express.set.vtwo',
      responseRoot: 'train_agent_express_set_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
