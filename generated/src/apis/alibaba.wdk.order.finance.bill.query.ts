// Generated from specs/wdk/alibaba.wdk.order.finance.bill.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.order.finance.bill.query` (资金合规商家账单). */
export interface AlibabaWdkOrderFinanceBillQueryRequest {
  /** 入参 */
  bill_query_request?: AlibabaWdkOrderFinanceBillQueryWdkOpenOrderFinanceBillQueryRequestInput;
}

/** Response of `alibaba.wdk.order.finance.bill.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOrderFinanceBillQueryResponse {
  /** 出参 */
  result?: AlibabaWdkOrderFinanceBillQueryWdkOpenOrderFinanceBillQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkOpenOrderFinanceBillQueryRequest` of `alibaba.wdk.order.finance.bill.query`. */
export interface AlibabaWdkOrderFinanceBillQueryWdkOpenOrderFinanceBillQueryRequestInput {
  /** 分页查询数量 */
  page_size?: Int64Input;
  /** 传入上一次查询结果的next_id，第一次查询时传0 */
  next_id?: Int64Input;
  /** 经营店id */
  store_id?: string;
  /** 账单日期 */
  dt?: string;
  /** 售卖商家code，联营商模式必填，非联营商模式不填 */
  seller_merchant_code?: string;
}

/** `WdkOpenOrderFinanceBillQueryResult` of `alibaba.wdk.order.finance.bill.query`. */
export interface AlibabaWdkOrderFinanceBillQueryWdkOpenOrderFinanceBillQueryResult {
  /** 总数量，只在查询第一页时返回 */
  total_number?: Int64;
  /** 下一页查询的入参，当为-1时表示没有更多数据 */
  next_id?: Int64;
  /** 结果信息 */
  return_msg?: string;
  /** 结果码 */
  return_code?: string;
  /** 成功或失败，调用方需要根据该状态判断是否成功 */
  success?: boolean;
  /** 账单列表 */
  bills?: AlibabaWdkOrderFinanceBillQueryWdkOpenOrderFinanceBillDo[];
}

/** `WdkOpenOrderFinanceBillDo` of `alibaba.wdk.order.finance.bill.query`. */
export interface AlibabaWdkOrderFinanceBillQueryWdkOpenOrderFinanceBillDo {
  /** alipay：支付宝 */
  pay_channel?: string;
  /** 盒马订单号 */
  hm_order_id?: string;
  /** app：线上， pos：线下 */
  order_channel?: string;
  /** 经营店id */
  store_id?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 淘系订单号 */
  tp_order_id?: string;
  /** 账单日期 */
  dt?: string;
  /** 支付宝二级商户ID */
  smid?: string;
  /** 金额，正向交易时数值是正数，退款时数值是负数 */
  amount?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 业务类型。PAY：支付， REFUND：退款 */
  biz_type?: string;
  /** 支付机构支付流水号 */
  trade_no?: string;
  /** 财务组织名称 */
  finance_organization_name?: string;
  /** 财务组织code */
  finance_organization_code?: string;
}

const REQUEST_SCHEMA = {
  bill_query_request: {
    page_size: 'Number',
    next_id: 'Number',
    store_id: 'String',
    dt: 'String',
    seller_merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_number: 'Number',
    next_id: 'Number',
    return_msg: 'String',
    return_code: 'String',
    success: 'Boolean',
    bills: [
      {
        pay_channel: 'String',
        hm_order_id: 'String',
        order_channel: 'String',
        store_id: 'String',
        merchant_code: 'String',
        tp_order_id: 'String',
        dt: 'String',
        smid: 'String',
        amount: 'Number',
        pay_time: 'String',
        biz_type: 'String',
        trade_no: 'String',
        finance_organization_name: 'String',
        finance_organization_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.order.finance.bill.query`: method, response root, request and response schemas. */
export const alibabaWdkOrderFinanceBillQueryOperation = {
  method: 'alibaba.wdk.order.finance.bill.query',
  responseRoot: 'alibaba_wdk_order_finance_bill_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资金合规商家账单 — calls TOP method `alibaba.wdk.order.finance.bill.query`.
 *
 * 拉取资金合规商家账单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOrderFinanceBillQuery(
  client: TopClient,
  request: AlibabaWdkOrderFinanceBillQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkOrderFinanceBillQueryResponse> {
  return client.call<AlibabaWdkOrderFinanceBillQueryResponse>(
    {
      method: 'alibaba.wdk.order.finance.bill.query',
      responseRoot: 'alibaba_wdk_order_finance_bill_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
