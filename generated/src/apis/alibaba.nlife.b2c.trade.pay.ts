// Generated from specs/nlife/alibaba.nlife.b2c.trade.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.trade.pay` (零售+平台支付订单). */
export interface AlibabaNlifeB2cTradePayRequest {
  /**
   * 零售+平台订单号，和out_trade_no不能同时为空
   *
   * Max length: 64
   */
  trade_no?: string;
  /**
   * 支付资金各渠道列表
   *
   * Max list size: 100
   */
  fund_bill_list?: AlibabaNlifeB2cTradePayFundBillInput[];
  /** 提货方式： LOGISTICS("物流发货"), SELF_DELIVERY("门店自提"); */
  picking_up: string;
  /**
   * 收货人
   *
   * Max length: 64
   */
  consignee?: string;
  /**
   * 收货人电话
   *
   * Max length: 32
   */
  consignee_phone_num?: string;
  /**
   * 收货人地址
   *
   * Max length: 256
   */
  consignee_address?: string;
  /** ISV处支付时间 */
  gmt_payment: DateInput;
  /**
   * 外部订单号，和trade_no不能同时为空
   *
   * Max length: 64
   */
  out_trade_no?: string;
  /** 实付金额，单位人民币分；该字段实际为必选，为兼容已经接入的isv设置成可选 */
  actual_pay_fee?: Int64Input;
  /** 只传out_trade_no时候，零售+门店号一定要传 */
  store_id?: string;
}

/** Response of `alibaba.nlife.b2c.trade.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cTradePayResponse {
  /** gmtPayment */
  gmt_payment?: string;
  /** 扩展参数 */
  extend_params?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FundBill` of `alibaba.nlife.b2c.trade.pay`. */
export interface AlibabaNlifeB2cTradePayFundBillInput {
  /** 1. type=CASH：为空； 2. type=UNIONPAY：银联流水号； 3. type=ALIPAY：支付宝订单号； 4. type=WECHAT_PAY：微信支付订单号； 5. type=PROMOTION：零售+平台中的优惠id。6. type=CUSTOM_PROMOTION：7. type=CUSTOM_PREPAY_CARD；8. type=OFFLINE_PREPAY_CARD； 9. type=MOLING；10. type=POINTS:为空 */
  id?: string;
  /** 1. CASH：现金支付； 2. UNIONPAY：银联刷卡支付； 3. ALIPAY：支付宝支付； 4. WECHAT_PAY：微信支付； 5. PROMOTION: 零售+平台的优惠； 6. CUSTOM_PROMOTION：零售商自有优惠； 7. CUSTOM_PREPAY_CARD：ISV储值卡；8. OFFLINE_PREPAY_CARD: 线下储值卡（无ISV交互逻辑） 9. MOLING：支付时抹零；10. POINTS：积分抵扣 */
  type: string;
  /** 买家id */
  buyer_id?: string;
  /** TAOBAO_OPENID 经阿里百川淘宝登录获取到的用户id; ALIPAY_OPENID 经蚂蚁金服开放平台支付宝App登录获取到的用户id ;WECHAT_OPENID 经微信开放平台微信App登录获取到的用户id ;PHONE_NUMBER 通过手机号登录 APP_USERID 商户自有的用户id; ANONYMOUS_USER 匿名用户 */
  buyer_id_type?: string;
  /** 资金渠道的名称。 1. type=CASH：现金支付； 2. type=UNIONPAY：银联刷卡支付； 3. type=ALIPAY：支付宝支付； 4. type=WECHAT_PAY：微信支付； 5. type=PROMOTION: 零售+平台的优惠名称； 6. type=CUSTOM_PROMOTION：零售商自有优惠名称； 7. type=CUSTOM_PREPAY_CARD：ISV储值卡；8. type=OFFLINE_PREPAY_CARD：线下储值卡； 9. type=MOLING：抹零；10. type=POINTS：积分抵扣 */
  title: string;
  /** 金额； 单位：分 */
  amount: Int64Input;
  /** 货币类型 */
  currency: string;
  /** 业务扩展参数，json格式 */
  extend_params?: string;
  /** 附加数据，在查询订单中原样返回 */
  attachment?: string;
}

const REQUEST_SCHEMA = {
  trade_no: 'String',
  fund_bill_list: [
    {
      id: 'String',
      type: 'String',
      buyer_id: 'String',
      buyer_id_type: 'String',
      title: 'String',
      amount: 'Number',
      currency: 'String',
      extend_params: 'String',
      attachment: 'String',
    },
  ],
  picking_up: 'String',
  consignee: 'String',
  consignee_phone_num: 'String',
  consignee_address: 'String',
  gmt_payment: 'Date',
  out_trade_no: 'String',
  actual_pay_fee: 'Number',
  store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gmt_payment: 'Date',
  extend_params: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.trade.pay`: method, response root, request and response schemas. */
export const alibabaNlifeB2cTradePayOperation = {
  method: 'alibaba.nlife.b2c.trade.pay',
  responseRoot: 'alibaba_nlife_b2c_trade_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售+平台支付订单 — calls TOP method `alibaba.nlife.b2c.trade.pay`.
 *
 * 零售+平台支付接口，外部商户调用此接口告知零售+支付结果，保持订单状态同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cTradePay(
  client: TopClient,
  request: AlibabaNlifeB2cTradePayRequest,
  options?: CallOptions,
): Promise<AlibabaNlifeB2cTradePayResponse> {
  return client.call<AlibabaNlifeB2cTradePayResponse>(
    {
      method: 'alibaba.nlife.b2c.trade.pay',
      responseRoot: 'alibaba_nlife_b2c_trade_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
