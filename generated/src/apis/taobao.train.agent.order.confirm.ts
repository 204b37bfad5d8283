// Generated from specs/train/taobao.train.agent.order.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.order.confirm` (确认出票). */
export interface TaobaoTrainAgentOrderConfirmRequest {
  /** 入参 */
  param: TaobaoTrainAgentOrderConfirmBookTicketConfirmRQInput;
}

/** Response of `taobao.train.agent.order.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentOrderConfirmResponse {
  /** rs */
  result?: TaobaoTrainAgentOrderConfirmTapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BookTicketConfirmRQ` of `taobao.train.agent.order.confirm`. */
export interface TaobaoTrainAgentOrderConfirmBookTicketConfirmRQInput {
  /** 票信息 */
  tickets: TaobaoTrainAgentOrderConfirmTicketDTOInput[];
  /** 主单号 */
  ttp_order_id: Int64Input;
  /** 支付方式 CASH(0),ELECTRONIC(1) */
  vip_settlement_mode_code: Int64Input;
  /** 支付宝交易流水号 */
  ali_pay_trade_no?: string;
  /** 支付宝账号 */
  ali_pay_account?: string;
  /** 是否支持线上退改签 */
  can_change: boolean;
  /** 检票口信息 */
  flat_msg?: string;
}

/** `TicketDTO` of `taobao.train.agent.order.confirm`. */
export interface TaobaoTrainAgentOrderConfirmTicketDTOInput {
  /** 主单号 */
  ttp_order_id: Int64Input;
  /** 子单号 */
  sub_order_id: Int64Input;
  /** 12306订单号 */
  sequence_no: string;
  /** 座席号 */
  seat_no: string;
  /** 车厢号 */
  coach_no: string;
  /** 批次号 */
  batch_no?: string;
  /** 票类型（1 成人票 2 儿童 3 学生 4 残、军） */
  ticket_type_code: string;
  /** ttp子单号 */
  ttp_sub_order_id: Int64Input;
  /** 真实座席编码 */
  real_seat_type_code: string;
  /** 真实票价 单位 分 */
  real_ticket_price: Int64Input;
}

/** `TapResult` of `taobao.train.agent.order.confirm`. */
export interface TaobaoTrainAgentOrderConfirmTapResult {
  /** success */
  success?: boolean;
  /** 返回code */
  error_code?: string;
  /** 返回msg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param: {
    tickets: [
      {
        ttp_order_id: 'Number',
        sub_order_id: 'Number',
        sequence_no: 'String',
        seat_no: 'String',
        coach_no: 'String',
        batch_no: 'String',
        ticket_type_code: 'String',
        ttp_sub_order_id: 'Number',
        real_seat_type_code: 'String',
        real_ticket_price: 'Number',
      },
    ],
    ttp_order_id: 'Number',
    vip_settlement_mode_code: 'Number',
    ali_pay_trade_no: 'String',
    ali_pay_account: 'String',
    can_change: 'Boolean',
    flat_msg: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.order.confirm`: method, response root, request and response schemas. */
export const taobaoTrainAgentOrderConfirmOperation = {
  method: 'taobao.train.agent.order.confirm',
  responseRoot: 'train_agent_order_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认出票 — calls TOP method `taobao.train.agent.order.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentOrderConfirm(
  client: TopClient,
  request: TaobaoTrainAgentOrderConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentOrderConfirmResponse> {
  return client.call<TaobaoTrainAgentOrderConfirmResponse>(
    {
      method: 'taobao.train.agent.order.confirm',
      responseRoot: 'train_agent_order_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
