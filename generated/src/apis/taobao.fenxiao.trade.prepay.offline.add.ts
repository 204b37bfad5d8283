// Generated from specs/fenxiao/taobao.fenxiao.trade.prepay.offline.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.trade.prepay.offline.add` (线下预存款流水增加). */
export interface TaobaoFenxiaoTradePrepayOfflineAddRequest {
  /** 增加流水 */
  offline_add_prepay_param: TaobaoFenxiaoTradePrepayOfflineAddTopOfflineAddPrepayDtoInput;
}

/** Response of `taobao.fenxiao.trade.prepay.offline.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoTradePrepayOfflineAddResponse {
  /** result */
  result?: TaobaoFenxiaoTradePrepayOfflineAddResultTopDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopOfflineAddPrepayDto` of `taobao.fenxiao.trade.prepay.offline.add`. */
export interface TaobaoFenxiaoTradePrepayOfflineAddTopOfflineAddPrepayDtoInput {
  /** 资金流水类型：1.纸质承兑； 2.电子承兑；3.现金；4.优惠返点；5.奖励 */
  flow_type: Int64Input;
  /** 金额，单位分（必须为正数） */
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
  pay_time: DateInput;
  /** 出票日期 */
  ticket_issue_date?: DateInput;
  /** 收款开户银行 */
  receiver_bank_full_name?: string;
  /** 承兑票据号（承兑必填） */
  ticket_id?: string;
  /** 汇票到期日期 */
  accept_date?: DateInput;
  /** 收款人全称 */
  receiver_full_name?: string;
  /** 付款行全称 */
  pay_bank_full_name?: string;
}

/** `ResultTopDo` of `taobao.fenxiao.trade.prepay.offline.add`. */
export interface TaobaoFenxiaoTradePrepayOfflineAddResultTopDo {
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  offline_add_prepay_param: {
    flow_type: 'Number',
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

/** Static description of `taobao.fenxiao.trade.prepay.offline.add`: method, response root, request and response schemas. */
export const taobaoFenxiaoTradePrepayOfflineAddOperation = {
  method: 'taobao.fenxiao.trade.prepay.offline.add',
  responseRoot: 'fenxiao_trade_prepay_offline_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下预存款流水增加 — calls TOP method `taobao.fenxiao.trade.prepay.offline.add`.
 *
 * 渠道分销供应商上传线下流水预存款（增加）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoTradePrepayOfflineAdd(
  client: TopClient,
  request: TaobaoFenxiaoTradePrepayOfflineAddRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoTradePrepayOfflineAddResponse> {
  return client.call<TaobaoFenxiaoTradePrepayOfflineAddResponse>(
    {
      method: 'taobao.fenxiao.trade.prepay.offline.add',
      responseRoot: 'fenxiao_trade_prepay_offline_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
