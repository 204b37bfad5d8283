// Generated from specs/tmallcar/tmall.aliauto.trade.restpayfee.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.trade.restpayfee.modify` (分阶段订单尾款改价). */
export interface TmallAliautoTradeRestpayfeeModifyRequest {
  /** 入参 */
  command: TmallAliautoTradeRestpayfeeModifyModifyRestPaymentCommandInput;
}

/** Response of `tmall.aliauto.trade.restpayfee.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoTradeRestpayfeeModifyResponse {
  /** 出参 */
  result?: TmallAliautoTradeRestpayfeeModifyAliAutoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModifyRestPaymentCommand` of `tmall.aliauto.trade.restpayfee.modify`. */
export interface TmallAliautoTradeRestpayfeeModifyModifyRestPaymentCommandInput {
  /** 订单id */
  order_id: Int64Input;
  /** 期望改到的实付金额，单位分 */
  target_actual_pay_fee: Int64Input;
  /** 子支付单id */
  sub_pay_order_id: Int64Input;
}

/** `AliAutoResult` of `tmall.aliauto.trade.restpayfee.modify`. */
export interface TmallAliautoTradeRestpayfeeModifyAliAutoResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误code */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  command: {
    order_id: 'Number',
    target_actual_pay_fee: 'Number',
    sub_pay_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.trade.restpayfee.modify`: method, response root, request and response schemas. */
export const tmallAliautoTradeRestpayfeeModifyOperation = {
  method: 'tmall.aliauto.trade.restpayfee.modify',
  responseRoot: 'tmall_aliauto_trade_restpayfee_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分阶段订单尾款改价 — calls TOP method `tmall.aliauto.trade.restpayfee.modify`.
 *
 * 汽车商家通过此api修改整车分阶段订单的尾款金额
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoTradeRestpayfeeModify(
  client: TopClient,
  request: TmallAliautoTradeRestpayfeeModifyRequest,
  options?: CallOptions,
): Promise<TmallAliautoTradeRestpayfeeModifyResponse> {
  return client.call<TmallAliautoTradeRestpayfeeModifyResponse>(
    {
      method: 'tmall.aliauto.trade.restpayfee.modify',
      responseRoot: 'tmall_aliauto_trade_restpayfee_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
