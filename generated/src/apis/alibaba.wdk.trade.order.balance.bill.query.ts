// Generated from specs/wdk/alibaba.wdk.trade.order.balance.bill.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.order.balance.bill.query` (分页拉取订单数据). */
export interface AlibabaWdkTradeOrderBalanceBillQueryRequest {
  /** 入参 */
  order_balance_bill_request?: AlibabaWdkTradeOrderBalanceBillQueryOrderBalanceBillRequestInput;
}

/** Response of `alibaba.wdk.trade.order.balance.bill.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeOrderBalanceBillQueryResponse {
  /** ApiResult */
  api_result?: AlibabaWdkTradeOrderBalanceBillQueryApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderBalanceBillRequest` of `alibaba.wdk.trade.order.balance.bill.query`. */
export interface AlibabaWdkTradeOrderBalanceBillQueryOrderBalanceBillRequestInput {
  /** 业务日期 */
  thedate?: string;
  /** 每页条数 */
  page_size?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** storeId */
  store_id?: string;
  /** 最大的id */
  max_id?: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.trade.order.balance.bill.query`. */
export interface AlibabaWdkTradeOrderBalanceBillQueryApiResult {
  /** model */
  model?: AlibabaWdkTradeOrderBalanceBillQueryOrderBalanceBillResponseDo;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 成功失败 */
  success?: boolean;
}

/** `OrderBalanceBillResponseDo` of `alibaba.wdk.trade.order.balance.bill.query`. */
export interface AlibabaWdkTradeOrderBalanceBillQueryOrderBalanceBillResponseDo {
  /** orderBalanceBillDOList */
  order_balance_bill_list?: AlibabaWdkTradeOrderBalanceBillQueryOrderBalanceBillDo[];
  /** 是否有下一页0：没有 1：有 */
  has_next?: string;
}

/** `OrderBalanceBillDo` of `alibaba.wdk.trade.order.balance.bill.query`. */
export interface AlibabaWdkTradeOrderBalanceBillQueryOrderBalanceBillDo {
  /** 订单原价 */
  parent_total_price?: string;
  /** 订单付款时间 */
  pay_time?: string;
  /** 分账单创建时间 */
  gmt_create?: string;
  /** 交易渠道 1：其他 2：app 3：pos */
  order_channel?: string;
  /** 父订单 */
  mord_id?: string;
  /** 门店名字 */
  store_name?: string;
  /** 名店id */
  store_id?: string;
  /** 子公司 */
  subsidiary_name?: string;
  /** 子公司code */
  subsidiary_code?: string;
  /** 集团 */
  merchant_name?: string;
  /** 集团code */
  merchant_code?: string;
  /** 业务日期 */
  thedate?: string;
  /** 创建时间 */
  gmt_modified?: string;
  /** 主键id */
  id?: Int64;
  /** 订单技术服务费 */
  pay_tech_fee?: string;
  /** 用户实付金额，减支付宝红包 */
  pay_fee?: string;
  /** 订单付款金额 */
  parent_original_price?: string;
  /** 总优惠金额 */
  discount_fee?: string;
  /** 支付优惠金额 */
  pay_discount_fee?: string;
  /** 分账优惠金额 */
  discount_fz_fee?: string;
  /** 订单优惠金额平台补贴商家费用 */
  pmt_discount_fee?: string;
  /** 订单优惠金额 */
  parent_discount_fee?: string;
  /** 渠道来源 ：1 淘点点；2 美团；3 饿了么；4 淘宝TC；5 百度外卖；6 微信 ;7 三江；18 大润发飞牛优鲜； */
  order_from?: string;
  /** 支付方式 */
  pay_channel?: string;
  /** 单据类型 */
  type?: string;
  /** 商家应收金额 */
  seller_receive_fee?: string;
  /** 优惠手续费 */
  discount_change_fee?: string;
  /** 优惠技术服务费 */
  discount_tech_fee?: string;
  /** 商家承担优惠金额 */
  discount_seller_fee?: string;
  /** 平台承担优惠金额 */
  discount_platform_fee?: string;
  /** 分账金额 */
  fz_fee?: string;
  /** 配送费 */
  delivery_fee?: string;
  /** 订单手续费 */
  pay_change_fee?: string;
  /** 原订单运费 */
  parent_post_fee?: string;
  /** 用户应付金额（含运费） */
  user_pay_amount?: string;
  /** 支付宝收款 */
  pay_by_ali_pay?: string;
  /** 非支付宝收款 */
  pay_by_other?: string;
  /** 收入金额小计 */
  income_amount?: string;
  /** 打包时间 */
  package_time?: string;
  /** 正向打包状态 */
  packaged_status?: string;
  /** 是否退款计算收入(1:是，0:否) 这是逆向的 */
  income?: Int64;
}

const REQUEST_SCHEMA = {
  order_balance_bill_request: {
    thedate: 'String',
    page_size: 'Number',
    page_no: 'Number',
    store_id: 'String',
    max_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    model: {
      order_balance_bill_list: [
        {
          parent_total_price: 'String',
          pay_time: 'String',
          gmt_create: 'String',
          order_channel: 'String',
          mord_id: 'String',
          store_name: 'String',
          store_id: 'String',
          subsidiary_name: 'String',
          subsidiary_code: 'String',
          merchant_name: 'String',
          merchant_code: 'String',
          thedate: 'String',
          gmt_modified: 'Date',
          id: 'Number',
          pay_tech_fee: 'String',
          pay_fee: 'String',
          parent_original_price: 'String',
          discount_fee: 'String',
          pay_discount_fee: 'String',
          discount_fz_fee: 'String',
          pmt_discount_fee: 'String',
          parent_discount_fee: 'String',
          order_from: 'String',
          pay_channel: 'String',
          type: 'String',
          seller_receive_fee: 'String',
          discount_change_fee: 'String',
          discount_tech_fee: 'String',
          discount_seller_fee: 'String',
          discount_platform_fee: 'String',
          fz_fee: 'String',
          delivery_fee: 'String',
          pay_change_fee: 'String',
          parent_post_fee: 'String',
          user_pay_amount: 'String',
          pay_by_ali_pay: 'String',
          pay_by_other: 'String',
          income_amount: 'String',
          package_time: 'String',
          packaged_status: 'String',
          income: 'Number',
        },
      ],
      has_next: 'String',
    },
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.order.balance.bill.query`: method, response root, request and response schemas. */
export const alibabaWdkTradeOrderBalanceBillQueryOperation = {
  method: 'alibaba.wdk.trade.order.balance.bill.query',
  responseRoot: 'alibaba_wdk_trade_order_balance_bill_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页拉取订单数据 — calls TOP method `alibaba.wdk.trade.order.balance.bill.query`.
 *
 * 提供接口供外部调用，分页拉取订单数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeOrderBalanceBillQuery(
  client: TopClient,
  request: AlibabaWdkTradeOrderBalanceBillQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkTradeOrderBalanceBillQueryResponse> {
  return client.call<AlibabaWdkTradeOrderBalanceBillQueryResponse>(
    {
      method: 'alibaba.wdk.trade.order.balance.bill.query',
      responseRoot: 'alibaba_wdk_trade_order_balance_bill_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
