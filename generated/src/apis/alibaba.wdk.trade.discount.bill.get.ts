// Generated from specs/trade/alibaba.wdk.trade.discount.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.discount.bill.get` (订单优惠账单查询). */
export interface AlibabaWdkTradeDiscountBillGetRequest {
  /** 请求参数 */
  param0: AlibabaWdkTradeDiscountBillGetOrderDiscountBillQueryRequestInput;
}

/** Response of `alibaba.wdk.trade.discount.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeDiscountBillGetResponse {
  /** 结果 */
  result?: AlibabaWdkTradeDiscountBillGetOrderDiscountBillQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderDiscountBillQueryRequest` of `alibaba.wdk.trade.discount.bill.get`. */
export interface AlibabaWdkTradeDiscountBillGetOrderDiscountBillQueryRequestInput {
  /** 查询结束时间 */
  end_time: DateInput;
  /** 传入上一次查询结果的next_id，第一次查询时传0 */
  next_id?: Int64Input;
  /** 每页数量 */
  page_size?: Int64Input;
  /** 查询开始时间 */
  start_time: DateInput;
  /** 经营店id，store_id和out_shop_code不能同时为空 */
  store_id?: string;
  /** 订单渠道 1代表"轻POS",2代表"淘鲜达",默认为 1 */
  order_channel?: Int64Input;
  /** 外部门店编码 */
  out_shop_code?: string;
}

/** `OrderDiscountBillQueryResult` of `alibaba.wdk.trade.discount.bill.get`. */
export interface AlibabaWdkTradeDiscountBillGetOrderDiscountBillQueryResult {
  /** 下一页查询的入参，当为-1时表示没有更多数据 */
  next_id?: Int64;
  /** 账单列表 */
  discount_bills?: AlibabaWdkTradeDiscountBillGetOrderDiscountBillBo[];
  /** 结果码 */
  return_code?: string;
  /** 结果文案 */
  return_msg?: string;
  /** 业务请求成功与否 */
  success?: boolean;
  /** 总数量，只在查询第一页时返回 */
  total_number?: Int64;
}

/** `OrderDiscountBillBo` of `alibaba.wdk.trade.discount.bill.get`. */
export interface AlibabaWdkTradeDiscountBillGetOrderDiscountBillBo {
  /** 活动ID */
  activity_id?: Int64;
  /** 活动名称 */
  activity_name?: string;
  /** 活动类型 1：活动 2：券 */
  activity_type?: Int64;
  /** 购买数量 */
  buy_quantity?: Int64;
  /** 优惠金额 */
  discount_fee?: Int64;
  /** 优惠件数 */
  discount_quantity?: Int64;
  /** 补差类型 */
  discount_type?: Int64;
  /** 主键id */
  id?: Int64;
  /** 主订单号 */
  main_order_id?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 商家优惠补差金额 */
  merchant_discount_fee?: Int64;
  /** 交易状态 */
  order_status?: Int64;
  /** 外部订单号 */
  out_order_id?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 经营店id */
  store_id?: string;
  /** 子单号 */
  sub_order_id?: string;
  /** 淘鲜达优惠金额 */
  txd_discount_fee?: Int64;
  /** 业务时间 */
  biz_time?: string;
  /** 订单渠道 */
  order_channel?: Int64;
  /** 出资方 1表示平台出资 0表示品牌商出资 */
  investor?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    end_time: 'Date',
    next_id: 'Number',
    page_size: 'Number',
    start_time: 'Date',
    store_id: 'String',
    order_channel: 'Number',
    out_shop_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    next_id: 'Number',
    discount_bills: [
      {
        activity_id: 'Number',
        activity_name: 'String',
        activity_type: 'Number',
        buy_quantity: 'Number',
        discount_fee: 'Number',
        discount_quantity: 'Number',
        discount_type: 'Number',
        id: 'Number',
        main_order_id: 'String',
        merchant_code: 'String',
        merchant_discount_fee: 'Number',
        order_status: 'Number',
        out_order_id: 'String',
        sku_code: 'String',
        sku_name: 'String',
        store_id: 'String',
        sub_order_id: 'String',
        txd_discount_fee: 'Number',
        biz_time: 'Date',
        order_channel: 'Number',
        investor: 'Number',
      },
    ],
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    total_number: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.discount.bill.get`: method, response root, request and response schemas. */
export const alibabaWdkTradeDiscountBillGetOperation = {
  method: 'alibaba.wdk.trade.discount.bill.get',
  responseRoot: 'alibaba_wdk_trade_discount_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单优惠账单查询 — calls TOP method `alibaba.wdk.trade.discount.bill.get`.
 *
 * 商家查询订单优惠账单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeDiscountBillGet(
  client: TopClient,
  request: AlibabaWdkTradeDiscountBillGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkTradeDiscountBillGetResponse> {
  return client.call<AlibabaWdkTradeDiscountBillGetResponse>(
    {
      method: 'alibaba.wdk.trade.discount.bill.get',
      responseRoot: 'alibaba_wdk_trade_discount_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
