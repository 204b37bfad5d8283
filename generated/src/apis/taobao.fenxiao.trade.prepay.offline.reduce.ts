// Generated from specs/fenxiao/taobao.fenxiao.trade.prepay.offline.reduce.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.trade.prepay.offline.reduce` (渠道分销供应商上传线下流水预存款（减少）). */
export interface TaobaoFenxiaoTradePrepayOfflineReduceRequest {
  /** 减少流水 */
  offline_reduce_prepay_param: TaobaoFenxiaoTradePrepayOfflineReduceTopOfflineReducePrepayDtoInput;
}

/** Response of `taobao.fenxiao.trade.prepay.offline.reduce`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoTradePrepayOfflineReduceResponse {
  /** result */
  result?: TaobaoFenxiaoTradePrepayOfflineReduceResultTopDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopOfflineReducePrepayDto` of `taobao.fenxiao.trade.prepay.offline.reduce`. */
export interface TaobaoFenxiaoTradePrepayOfflineReduceTopOfflineReducePrepayDtoInput {
  /** 资金流水类型：1.纸质承兑； 2.电子承兑；3.现金；4.优惠返点；5.奖励 */
  flow_type: Int64Input;
  /** 线下流水类型 1票据作废 2线下使用 */
  offline_prepay_detail_type: Int64Input;
  /** 金额，单位分（必须为负数） */
  ticket_money: Int64Input;
  /** 收款人账号 */
  receiver_account_num?: string;
  /** 外部系统支付流水Id，用于商家上传流水时去重(外部保证唯一） */
  outer_pay_id: string;
  /** 销商淘宝nick */
  dist_nick: string;
  /** 出票人全称 */
  drawer_full_name?: string;
  /** 付款行行号 */
  pay_bank_num?: string;
  /** 出票人账号 */
  drawer_account_num?: string;
  /** 支付时间 */
  pay_time?: DateInput;
  /** 出票日期 */
  ticket_issue_date?: DateInput;
  /** 收款开户银行 */
  receiver_bank_full_name?: string;
  /** 承兑票据号 */
  ticket_id?: string;
  /** 汇票到期日期 */
  accept_date?: DateInput;
  /** 收款人全称 */
  receiver_full_name?: string;
  /** 付款行全称 */
  pay_bank_full_name?: string;
}

/** `ResultTopDo` of `taobao.fenxiao.trade.prepay.offline.reduce`. */
export interface TaobaoFenxiaoTradePrepayOfflineReduceResultTopDo {
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  offline_reduce_prepay_param: {
    flow_type: 'Number',
    offline_prepay_detail_type: 'Number',
    ticket_money: 'Number',
    receiver_account_num: 'String',
    outer_pay_id: 'String',
    dist_nick: 'String',
    drawer_full_name: 'String',
    pay_bank_num: 'String',
    drawer_account_num: 'String',
    pay_time: 'Date',
    ticket_issue_date: 'Date',
    receiver_bank_full_name: 'String',
    ticket_id: 'String',
    accept_date: 'Date',
    receiver_full_name: 'String',
    pay_bank_full_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.trade.prepay.offline.reduce`: method, response root, request and response schemas. */
export const taobaoFenxiaoTradePrepayOfflineReduceOperation = {
  method: 'taobao.fenxiao.trade.prepay.offline.reduce',
  responseRoot: 'fenxiao_trade_prepay_offline_reduce_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道分销供应商上传线下流水预存款（减少） — calls TOP method `taobao.fenxiao.trade.prepay.offline.reduce`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoTradePrepayOfflineReduce(
  client: TopClient,
  request: TaobaoFenxiaoTradePrepayOfflineReduceRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoTradePrepayOfflineReduceResponse> {
  return client.call<TaobaoFenxiaoTradePrepayOfflineReduceResponse>(
    {
      method: 'taobao.fenxiao.trade.prepay.offline.reduce',
      responseRoot: 'fenxiao_trade_prepay_offline_reduce_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
