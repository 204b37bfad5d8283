// Generated from specs/bill/taobao.tae.book.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tae.book.bill.get` (tae查询单笔虚拟账户明细). */
export interface TaobaoTaeBookBillGetRequest {
  /**
   * 需要返回的字段:参见BookBill结构体
   *
   * Max list size: 20
   */
  fields: string[];
  /** 虚拟账户流水编号 */
  id: Int64Input;
  /** 虚拟账户科目编号 */
  account_id: Int64Input;
}

/** Response of `taobao.tae.book.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaeBookBillGetResponse {
  /** 虚拟账户账单 */
  bookbill?: TaobaoTaeBookBillGetTopAcctCashJourDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAcctCashJourDto` of `taobao.tae.book.bill.get`. */
export interface TaobaoTaeBookBillGetTopAcctCashJourDto {
  /** 操作金额 */
  amount?: Int64;
  /** 流水类型:101-可用金充值;102-可用金扣除;103-冻结;104-解冻;105-冻结金充值;106-冻结金扣除 */
  journal_type?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 虚拟账户科目编号 */
  account_id?: Int64;
  /** 备注 */
  description?: string;
  /** 流水的淘宝支付宝id */
  taobao_alipay_id?: string;
  /** 流水的商家支付宝id */
  other_alipay_id?: string;
  /** 记账时间 */
  book_time?: string;
  /** 虚拟账户流水编号 */
  bid?: Int64;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  id: 'Number',
  account_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  bookbill: {
    amount: 'Number',
    journal_type: 'Number',
    gmt_create: 'Date',
    account_id: 'Number',
    description: 'String',
    taobao_alipay_id: 'String',
    other_alipay_id: 'String',
    book_time: 'Date',
    bid: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tae.book.bill.get`: method, response root, request and response schemas. */
export const taobaoTaeBookBillGetOperation = {
  method: 'taobao.tae.book.bill.get',
  responseRoot: 'tae_book_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tae查询单笔虚拟账户明细 — calls TOP method `taobao.tae.book.bill.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaeBookBillGet(
  client: TopClient,
  request: TaobaoTaeBookBillGetRequest,
  options?: CallOptions,
): Promise<TaobaoTaeBookBillGetResponse> {
  return client.call<TaobaoTaeBookBillGetResponse>(
    {
      method: 'taobao.tae.book.bill.get',
      responseRoot: 'tae_book_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
