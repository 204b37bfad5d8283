// Generated from specs/bill/taobao.bill.bills.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bill.bills.get` (查询账单明细数据(自研发商家专用)). */
export interface TaobaoBillBillsGetRequest {
  /**
   * 传入需要返回的字段,参见Bill结构体
   *
   * Max list size: 20
   */
  fields: string[];
  /** 查询条件中的时间类型:1-交易订单完成时间biz_time 2-支付宝扣款时间pay_time 如果不填默认为2即根据支付时间查询,查询的结果会根据该时间倒排序 */
  time_type?: Int64Input;
  /** 结束时间,限制:结束时间-开始时间不能大于1天(根据order_id或者trade_id查询除外) */
  end_time: DateInput;
  /** 交易编号 */
  trade_id?: Int64Input;
  /** 科目编号 */
  account_id?: Int64Input;
  /** 开始时间 */
  start_time: DateInput;
  /** 页数,建议不要超过100页,越大性能越低,有可能会超时 */
  page_no?: Int64Input;
  /** 每页大小,默认40条,可选范围 ：40~100 */
  page_size?: Int64Input;
  /** 子订单编号 */
  order_id?: Int64Input;
}

/** Response of `taobao.bill.bills.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBillBillsGetResponse {
  /** 是否存在下一页 */
  has_next?: boolean;
  /** 当前页查询返回的结果数(0-100)。相同的查询时间段条件下，最大只能获取总共5000条记录。所以当大于等于5000时 ISV可以通过start_time及end_time来进行拆分，以保证可以查询到全部数据 */
  total_results?: Int64;
  /** 账单列表 */
  bills?: TaobaoBillBillsGetBill[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Bill` of `taobao.bill.bills.get`. */
export interface TaobaoBillBillsGetBill {
  /** 交易金额 */
  total_amount?: Int64;
  /** 目标支付宝账户编号 */
  obj_alipay_id?: string;
  /** 科目编号 */
  account_id?: Int64;
  /** 0-未支付,1-支付成功,2-支付失败 */
  status?: Int64;
  /** 记账时间 */
  book_time?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 支付宝备注 */
  alipay_notice?: string;
  /** 支付时间,收取佣金时支付宝的扣款时间 */
  pay_time?: string;
  /** 交易子订单编号 */
  order_id?: string;
  /** 业务时间,订单交易完成的时间 */
  biz_time?: string;
  /** 账单金额,退款时返回的是负数 */
  amount?: Int64;
  /** 目标支付宝账户名称 */
  obj_alipay_mail?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 交易订单编号 */
  trade_id?: string;
  /** 支付宝商户订单号 */
  alipay_outno?: string;
  /** 支付宝账户名称 */
  alipay_mail?: string;
  /** 账单编号 */
  bid?: Int64;
  /** 支付宝账户编号 */
  alipay_id?: string;
  /** 所属商品编号 */
  num_iid?: string;
  /** 支付宝交易号,暂不提供 */
  alipay_no?: string;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  time_type: 'Number',
  end_time: 'Date',
  trade_id: 'Number',
  account_id: 'Number',
  start_time: 'Date',
  page_no: 'Number',
  page_size: 'Number',
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  has_next: 'Boolean',
  total_results: 'Number',
  bills: [
    {
      total_amount: 'Number',
      obj_alipay_id: 'String',
      account_id: 'Number',
      status: 'Number',
      book_time: 'Date',
      gmt_modified: 'String',
      alipay_notice: 'String',
      pay_time: 'Date',
      order_id: 'String',
      biz_time: 'Date',
      amount: 'Number',
      obj_alipay_mail: 'String',
      gmt_create: 'Date',
      trade_id: 'String',
      alipay_outno: 'String',
      alipay_mail: 'String',
      bid: 'Number',
      alipay_id: 'String',
      num_iid: 'String',
      alipay_no: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.bill.bills.get`: method, response root, request and response schemas. */
export const taobaoBillBillsGetOperation = {
  method: 'taobao.bill.bills.get',
  responseRoot: 'bill_bills_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询账单明细数据(自研发商家专用) — calls TOP method `taobao.bill.bills.get`.
 *
 * 查询账单明细数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBillBillsGet(
  client: TopClient,
  request: TaobaoBillBillsGetRequest,
  options?: CallOptions,
): Promise<TaobaoBillBillsGetResponse> {
  return client.call<TaobaoBillBillsGetResponse>(
    {
      method: 'taobao.bill.bills.get',
      responseRoot: 'bill_bills_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
