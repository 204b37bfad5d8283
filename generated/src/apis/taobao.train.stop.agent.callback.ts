// Generated from specs/train/taobao.train.stop.agent.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.stop.agent.callback` (火车票车次停运信息商家回调). */
export interface TaobaoTrainStopAgentCallbackRequest {
  /** 代理商车次停运信息 */
  train_agent_stop_info: TaobaoTrainStopAgentCallbackTrainAgentStopInfoInput;
}

/** Response of `taobao.train.stop.agent.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainStopAgentCallbackResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TrainAgentStopInfo` of `taobao.train.stop.agent.callback`. */
export interface TaobaoTrainStopAgentCallbackTrainAgentStopInfoInput {
  /** 车次号 */
  train_no: string;
  /** 发车时间 */
  dep_time: string;
  /** 出发车站 */
  from_station: string;
  /** 到达车站 */
  to_station: string;
  /** 车次状态：STOP 停运、NORMAL 正常开行、NO_TRAIN 无车次、UN_KNOWN未知状态 */
  train_status: string;
  /** uuid唯一标识 */
  uuid: string;
}

const REQUEST_SCHEMA = {
  train_agent_stop_info: {
    train_no: 'String',
    dep_time: 'String',
    from_station: 'String',
    to_station: 'String',
    train_status: 'String',
    uuid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.stop.agent.callback`: method, response root, request and response schemas. */
export const taobaoTrainStopAgentCallbackOperation = {
  method: 'taobao.train.stop.agent.callback',
  responseRoot: 'train_stop_agent_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 火车票车次停运信息商家回调 — calls TOP method `taobao.train.stop.agent.callback`.
 *
 * 火车票车次停运信息商家回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainStopAgentCallback(
  client: TopClient,
  request: TaobaoTrainStopAgentCallbackRequest,
  options?: CallOptions,
): Promise<TaobaoTrainStopAgentCallbackResponse> {
  return client.call<TaobaoTrainStopAgentCallbackResponse>(
    {
      method: 'taobao.train.stop.agent.callback',
      responseRoot: 'train_stop_agent_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
