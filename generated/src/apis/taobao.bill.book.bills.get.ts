// Generated from specs/bill/taobao.bill.book.bills.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bill.book.bills.get` (查询虚拟账户明细数据(自研发商家专用)). */
export interface TaobaoBillBookBillsGetRequest {
  /**
   * 需要返回的字段:bid,account_id,journal_type,amount,book_time,description,gmt_create,gmt_modified ,如果不是以上字段将自动忽略
   *
   * Max length: 300
   */
  fields: string;
  /**
   * 明细流水类型:流水类型:101、可用金充值；102、可用金扣除；103、冻结；104、解冻；105、冻结金充值；106、冻结金扣除
   *
   * Max list size: 10
   */
  journal_types?: Int64Input[];
  /** 虚拟账户科目编号 */
  account_id: Int64Input;
  /** 记账结束时间,end_time与start_time相差不能超过30天 */
  end_time: DateInput;
  /** 记账开始时间 */
  start_time: DateInput;
  /** 页码,传入值为1代表第一页,传入值为2代表第二页,依此类推.默认返回的数据是从第一页开始 */
  page_no?: Int64Input;
  /** 每页大小,建议40~100,不能超过100 */
  page_size?: Int64Input;
}

/** Response of `taobao.bill.book.bills.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBillBookBillsGetResponse {
  /** 是否有下一页 */
  has_next?: boolean;
  /** 当前查询的结果数,非总数 */
  total_results?: Int64;
  /** 虚拟账户账单列表 */
  bills?: TaobaoBillBookBillsGetBookBill[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BookBill` of `taobao.bill.book.bills.get`. */
export interface TaobaoBillBookBillsGetBookBill {
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
  fields: 'String',
  journal_types: ['Number'],
  account_id: 'Number',
  end_time: 'Date',
  start_time: 'Date',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  has_next: 'Boolean',
  total_results: 'Number',
  bills: [
    {
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
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.bill.book.bills.get`: method, response root, request and response schemas. */
export const taobaoBillBookBillsGetOperation = {
  method: 'taobao.bill.book.bills.get',
  responseRoot: 'bill_book_bills_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询虚拟账户明细数据(自研发商家专用) — calls TOP method `taobao.bill.book.bills.get`.
 *
 * 查询虚拟账户明细数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBillBookBillsGet(
  client: TopClient,
  request: TaobaoBillBookBillsGetRequest,
  options?: CallOptions,
): Promise<TaobaoBillBookBillsGetResponse> {
  return client.call<TaobaoBillBookBillsGetResponse>(
    {
      method: 'taobao.bill.book.bills.get',
      responseRoot: 'bill_book_bills_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
