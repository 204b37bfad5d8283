// Generated from specs/bill/taobao.tae.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tae.bill.get` (tae查询单笔账单明细). */
export interface TaobaoTaeBillGetRequest {
  /** 账单编号 */
  bid?: Int64Input;
  /**
   * 传入需要返回的字段
   *
   * Max list size: 20
   */
  fields: string[];
  /** 账单编号 */
  id: Int64Input;
  /** 虚拟账户科目编号 */
  account_id: Int64Input;
}

/** Response of `taobao.tae.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaeBillGetResponse {
  /** 账单明细 */
  bill?: TaobaoTaeBillGetBillDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BillDto` of `taobao.tae.bill.get`. */
export interface TaobaoTaeBillGetBillDto {
  /** 账单金额,退款时返回的是负数 */
  total_amount?: Int64;
  /** 修改时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 0-未支付,1-支付成功,2-支付失败 */
  status?: Int64;
  /** 交易子订单编号 */
  order_id?: string;
  /** 业务时间,订单交易完成的时间 */
  biz_time?: string;
  /** 账单金额,退款时返回的是负数 */
  amount?: Int64;
  /** 支付宝备注 */
  alipay_notice?: string;
  /** 支付宝商户订单号 */
  alipay_outno?: string;
  /** 目标支付宝账户编号 */
  obj_alipay_id?: string;
  /** 交易订单编号 */
  trade_id?: string;
  /** 支付宝账户编号 */
  alipay_id?: string;
  /** 科目编号 */
  account_id?: Int64;
  /** 支付宝账户名称 */
  alipay_mail?: string;
  /** 目标支付宝账户名称 */
  obj_alipay_mail?: string;
  /** 支付时间,收取佣金时支付宝的扣款时间 */
  pay_time?: string;
  /** 账单编号 */
  bid?: Int64;
  /** 记账时间 */
  book_time?: string;
  /** 所属商品编号 */
  num_iid?: string;
  /** 支付宝交易号,暂不提供 */
  alipay_no?: string;
}

const REQUEST_SCHEMA = {
  bid: 'Number',
  fields: ['String'],
  id: 'Number',
  account_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  bill: {
    total_amount: 'Number',
    gmt_modified: 'String',
    gmt_create: 'Date',
    status: 'Number',
    order_id: 'String',
    biz_time: 'Date',
    amount: 'Number',
    alipay_notice: 'String',
    alipay_outno: 'String',
    obj_alipay_id: 'String',
    trade_id: 'String',
    alipay_id: 'String',
    account_id: 'Number',
    alipay_mail: 'String',
    obj_alipay_mail: 'String',
    pay_time: 'Date',
    bid: 'Number',
    book_time: 'Date',
    num_iid: 'String',
    alipay_no: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tae.bill.get`: method, response root, request and response schemas. */
export const taobaoTaeBillGetOperation = {
  method: 'taobao.tae.bill.get',
  responseRoot: 'tae_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tae查询单笔账单明细 — calls TOP method `taobao.tae.bill.get`.
 *
 * 查询单笔账单明细
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaeBillGet(
  client: TopClient,
  request: TaobaoTaeBillGetRequest,
  options?: CallOptions,
): Promise<TaobaoTaeBillGetResponse> {
  return client.call<TaobaoTaeBillGetResponse>(
    {
      method: 'taobao.tae.bill.get',
      responseRoot: 'tae_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
