// Generated from specs/train/taobao.train.agent.handrefund.refundfee.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.handrefund.refundfee` (代理商手动退款接口). */
export interface TaobaoTrainAgentHandrefundRefundfeeRequest {
  /** 主订单id */
  main_biz_order_id: Int64Input;
  /** 外部订单号 */
  out_trade_no: string;
  /** 退款金额,单位为分 */
  refund_fee: Int64Input;
  /** 子订单号 */
  sub_order_id?: Int64Input;
}

/** Response of `taobao.train.agent.handrefund.refundfee`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentHandrefundRefundfeeResponse {
  /** 失败code */
  result_code?: string;
  /** 失败文案 */
  result_msg?: string;
  /** 是否成功标记 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  main_biz_order_id: 'Number',
  out_trade_no: 'String',
  refund_fee: 'Number',
  sub_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.handrefund.refundfee`: method, response root, request and response schemas. */
export const taobaoTrainAgentHandrefundRefundfeeOperation = {
  method: 'taobao.train.agent.handrefund.refundfee',
  responseRoot: 'train_agent_handrefund_refundfee_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代理商手动退款接口 — calls TOP method `taobao.train.agent.handrefund.refundfee`.
 *
 * 火车票代理商手动退款接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentHandrefundRefundfee(
  client: TopClient,
  request: TaobaoTrainAgentHandrefundRefundfeeRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentHandrefundRefundfeeResponse> {
  return client.call<TaobaoTrainAgentHandrefundRefundfeeResponse>(
    {
      method: 'taobao.train.agent.handrefund.refundfee',
      responseRoot: 'train_agent_handrefund_refundfee_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
