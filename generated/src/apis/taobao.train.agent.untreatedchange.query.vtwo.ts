// Generated from specs/train/taobao.train.agent.untreatedchange.query.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.untreatedchange.query.vtwo` (火车票代理商接口-查询待处理改签单列表-含鉴权校验). */
export interface TaobaoTrainAgentUntreatedchangeQueryVtwoRequest {
  /** 查询待处理改签列表rq */
  query_untreated_change_rq: TaobaoTrainAgentUntreatedchangeQueryVtwoQueryUntreatedChangeRQInput;
}

/** Response of `taobao.train.agent.untreatedchange.query.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentUntreatedchangeQueryVtwoResponse {
  /** 待处理改签单数量 */
  untreated_change_order_num?: Int64;
  /** 待处理改签申请单列表 */
  untreated_change_apply_ids?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryUntreatedChangeRQ` of `taobao.train.agent.untreatedchange.query.vtwo`. */
export interface TaobaoTrainAgentUntreatedchangeQueryVtwoQueryUntreatedChangeRQInput {
  /** 代理商id */
  agent_id: Int64Input;
  /** 淘宝主单单号 */
  tp_order_id?: Int64Input;
  /** ttp单号 */
  ttp_order_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  query_untreated_change_rq: {
    agent_id: 'Number',
    tp_order_id: 'Number',
    ttp_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  untreated_change_order_num: 'Number',
  untreated_change_apply_ids: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.untreatedchange.query.vtwo`: method, response root, request and response schemas. */
export const taobaoTrainAgentUntreatedchangeQueryVtwoOperation = {
  method: 'taobao.train.agent.untreatedchange.query.vtwo',
  responseRoot: 'train_agent_untreatedchange_query_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 火车票代理商接口-查询待处理改签单列表-含鉴权校验 — calls TOP method `taobao.train.agent.untreatedchange.query.vtwo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentUntreatedchangeQueryVtwo(
  client: TopClient,
  request: TaobaoTrainAgentUntreatedchangeQueryVtwoRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentUntreatedchangeQueryVtwoResponse> {
  return client.call<TaobaoTrainAgentUntreatedchangeQueryVtwoResponse>(
    {
      method: 'taobao.train.agent.untreatedchange.query.vtwo',
      responseRoot: 'train_agent_untreatedchange_query_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
