// Generated from specs/nlife/alibaba.nlife.b2c.trade.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.trade.refund` (零售+请求退款). */
export interface AlibabaNlifeB2cTradeRefundRequest {
  /**
   * 零售+平台订单号，和out_trade_no不能同时为空
   *
   * Max length: 64
   */
  trade_no?: string;
  /**
   * 外部请求号
   *
   * Max length: 64
   */
  out_request_no: string;
  /**
   * 退款资金列表
   *
   * Max list size: 20
   */
  refund_bill_list: AlibabaNlifeB2cTradeRefundFundBillInput[];
  /**
   * 所退货物的ID列表,逗号分隔商品组，冒号分隔商品和退货数量，支持三种方式退。 条码模式：barcode1:3,barcode2:2 表示barcode1退3件，barcode2退2件。 item_sku模式:itemId1_skuId1:3,itemId2_skuId2:2 表示itemId1_skuId1这个商品退3件，itemId2_skuId2这个商品退2件。 唯一码模式：uniqeueCodeA:1,uniqeueCodeA:1,因唯一码指定到唯一一件商品，退货数量都是1。
   *
   * Max list size: 20
   */
  refund_goods_list: string[];
  /**
   * 外部订单号，和trade_no不能同时为空
   *
   * Max length: 64
   */
  out_trade_no?: string;
  /** 零售+门店ID */
  store_id?: string;
  /** 退积分,ISV自行算好 */
  refund_points?: Int64Input;
}

/** Response of `alibaba.nlife.b2c.trade.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cTradeRefundResponse {
  /** 退款时间 */
  gmt_refund?: string;
  /** 扩展参数 */
  extend_params?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FundBill` of `alibaba.nlife.b2c.trade.refund`. */
export interface AlibabaNlifeB2cTradeRefundFundBillInput {
  /** 资金渠道的id，1. type=CASH：为空； 2. type=UNIONPAY：银联退款流水号； 3. type=ALIPAY：支付宝退款单号； 4. type=WECHAT_PAY：微信退款单号； 5. type=PROMOTION：零售+平台中的优惠id。6. type=CUSTOM_PROMOTION：7. type=CUSTOM_PREPAY_CARD；8. type=OFFLINE_PREPAY_CARD； 9. type=MOLING 为空 */
  id?: string;
  /** 资金渠道类型，1. CASH：现金支付； 2. UNIONPAY：银联刷卡支付； 3. ALIPAY：支付宝支付； 4. WECHAT_PAY：微信支付； 5. PROMOTION: 零售+平台的优惠； 6. CUSTOM_PROMOTION：零售商自有优惠； 7. CUSTOM_PREPAY_CARD：ISV储值卡；8. OFFLINE_PREPAY_CARD: 线下储值卡（无ISV交互逻辑） 9. MOLING：支付时抹零 */
  type: string;
  /** 用户ID */
  buyer_id?: string;
  /** 用户类型，TAOBAO_OPENID 经阿里百川淘宝登录获取到的用户id ALIPAY_OPENID 经蚂蚁金服开放平台支付宝App登录获取到的用户id WECHAT_OPENID 经微信开放平台微信App登录获取到的用户id PHONE_NUMBER 通过手机号登录 APP_USERID 商户自有的用户id ANONYMOUS_USER 匿名用户 */
  buyer_id_type: string;
  /** 资金渠道的名称。 1. type=CASH：现金支付； 2. type=UNIONPAY：银联刷卡支付； 3. type=ALIPAY：支付宝支付； 4. type=WECHAT_PAY：微信支付； 5. type=PROMOTION: 零售+平台的优惠名称； 6. type=CUSTOM_PROMOTION：零售商自有优惠名称； 7. type=CUSTOM_PREPAY_CARD：ISV储值卡；8. type=OFFLINE_PREPAY_CARD：线下储值卡； 9. type=MOLING：抹零； */
  title: string;
  /** 金额/优惠抵扣金额，单位：分 */
  amount: Int64Input;
  /** 货币种类，CNY */
  currency: string;
  /** 扩展参数，JSON格式 */
  extend_params?: string;
  /** 透传参数，格式自定，查询时原样返回 */
  attachment?: string;
}

const REQUEST_SCHEMA = {
  trade_no: 'String',
  out_request_no: 'String',
  refund_bill_list: [
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
  refund_goods_list: ['String'],
  out_trade_no: 'String',
  store_id: 'String',
  refund_points: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gmt_refund: 'Date',
  extend_params: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.trade.refund`: method, response root, request and response schemas. */
export const alibabaNlifeB2cTradeRefundOperation = {
  method: 'alibaba.nlife.b2c.trade.refund',
  responseRoot: 'alibaba_nlife_b2c_trade_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售+请求退款 — calls TOP method `alibaba.nlife.b2c.trade.refund`.
 *
 * 零售+平台请求退款接口，在零售+平台不会有资金流变动，只是订单状态的更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cTradeRefund(
  client: TopClient,
  request: AlibabaNlifeB2cTradeRefundRequest,
  options?: CallOptions,
): Promise<AlibabaNlifeB2cTradeRefundResponse> {
  return client.call<AlibabaNlifeB2cTradeRefundResponse>(
    {
      method: 'alibaba.nlife.b2c.trade.refund',
      responseRoot: 'alibaba_nlife_b2c_trade_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
