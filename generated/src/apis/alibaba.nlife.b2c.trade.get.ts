// Generated from specs/nlife/alibaba.nlife.b2c.trade.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.trade.get` (零售+平台查询订单). */
export interface AlibabaNlifeB2cTradeGetRequest {
  /**
   * 零售+平台订单号,和out_trade_no不能同时为空
   *
   * Max length: 64
   */
  trade_no?: string;
  /**
   * 外部订单号，和trade_no不能同时为空
   *
   * Max length: 64
   */
  out_trade_no?: string;
  /** 零售+门店ID，如果传递的是outTradeNola，那么这个是必传的 */
  store_id?: string;
}

/** Response of `alibaba.nlife.b2c.trade.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cTradeGetResponse {
  /** 订单创建渠道， API("经由零售+平台API创建"), POS("经由零售+平台收银系统创建"), TAOBAO("经由淘宝/天猫创建"); */
  channel?: string;
  /** 渠道数据，JSON */
  channel_data?: string;
  /** 买家ID */
  buyer_id?: string;
  /** 买家类型： TAOBAO_OPENID("经阿里百川淘宝登陆获取到的用户ID"), ALIPAY_OPENID("经蚂蚁金服开放平台支付宝App登陆获得的用户ID"), WECHAT_OPENID("经微信开放平台微信App登陆获得的用户id"), PHONE_NUMBER("通过手机号码登陆"), APP_USERID("商户自由的用户ID"), ANONYMOUS_USER("匿名用户"); */
  buyer_id_type?: string;
  /** 商户自有的会员卡号 */
  out_card_no?: string;
  /** 订单描述 */
  order_body?: string;
  /** 导购员ID */
  sales_id?: string;
  /** 购买的商品列表 */
  goods_list?: AlibabaNlifeB2cTradeGetGoods[];
  /** 订单总金额 基础单位，人民币 分 */
  total_amount?: Int64;
  /** 支付资金渠道列表 */
  fund_bill_list?: AlibabaNlifeB2cTradeGetFundBill[];
  /** 提货方式: LOGISTICS("物流发货"), SELF_DELIVERY("门店自提"); */
  picking_up?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 支付时间 */
  gmt_pay?: string;
  /** 订单取消时间 */
  gmt_cancel?: string;
  /** 退款列表 */
  refund_list?: AlibabaNlifeB2cTradeGetRefund[];
  /** payStatus */
  pay_status?: string;
  /** 退款状态: REFUNED("已全额退款"), REFUNDED_PART("已部分退货"); */
  refund_status?: string;
  /** 物流状态: WAIT_FOR_CONSIGN("有待发货商品"), WAIT_FOR_SIGN("全部商品已发货"), SIGNED("全部商品已签收"), REJECTED("全部商品已拒收"); */
  logistics_status?: string;
  /** 物流状态列表 */
  logistics_status_list?: AlibabaNlifeB2cTradeGetLogisticsStatus[];
  /** 扩展参数 JSON */
  extend_params?: string;
  /** 透传参数，格式自定，查询时原样返回 */
  attachment?: string;
  /** 零售+订单号 */
  trade_no?: string;
  /** 外部业务方订单号 */
  out_trade_no?: string;
  /** 全渠道订单号 */
  omni_trade_no?: string;
  /** 订单所在的零售+门店ID */
  store_id?: string;
  /** 收银员名称 */
  sales_name?: string;
  /** 0：门店订单；1：全渠道订单；3：网直供订单 */
  trade_biz_type?: number;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Goods` of `alibaba.nlife.b2c.trade.get`. */
export interface AlibabaNlifeB2cTradeGetGoods {
  /** 商品ID */
  id?: string;
  /** 商品价格，基础单位，比如人民币 分 */
  price?: Int64;
  /** 货币种类： CYN("人民币"), USD("美元"), HKD("港币"); */
  currency?: string;
  /** 导购员 */
  guider?: string;
  /** 货物数量 */
  quantity?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品skuId */
  sku_id?: Int64;
  /** 商品itemId */
  item_id?: Int64;
  /** 商家自用编码集合，对应该item_sku. 逗号分隔字符串 */
  custom_codes?: string;
}

/** `FundBill` of `alibaba.nlife.b2c.trade.get`. */
export interface AlibabaNlifeB2cTradeGetFundBill {
  /** 资金渠道的id: * 1. type=CASH：为空； * 2. type=UNIONPAY：银联流水号； * 3. type=ALIPAY：支付宝订单号； * 4. type=WECHAT_PAY：微信支付订单号； * 6. type=CUSTOM_PROMOTION：零售商自有优惠id。 * 7. type=CUSTOM_PREPAY_CARD：零售商自有储值卡id * 8. type=MALING：为空 */
  id?: string;
  /** 资金渠道类型: CASH("现金支付"), UNIONPAY("银联刷卡支付"), ALIPAY("支付宝支付"), WECHAT_PAY("微信支付"), PROMOTION("零售+平台的优惠"), CUSTOM_PROMOTION("零售商自有优惠"), CUSTOM_PREPAY_CARD("零售商自有储值卡"), MALING("支付时抹零"); */
  type?: string;
  /** 用户ID */
  buyer_id?: string;
  /** 买家类型： TAOBAO_OPENID("经阿里百川淘宝登陆获取到的用户ID"), ALIPAY_OPENID("经蚂蚁金服开放平台支付宝App登陆获得的用户ID"), WECHAT_OPENID("经微信开放平台微信App登陆获得的用户id"), PHONE_NUMBER("通过手机号码登陆"), APP_USERID("商户自由的用户ID"), ANONYMOUS_USER("匿名用户"); */
  buyer_id_type?: string;
  /** 标题： * 1. type=CASH：现金支付； * 2. type=UNIONPAY：银联刷卡支付； * 3. type=ALIPAY：支付宝支付； * 4. type=WECHAT_PAY：微信支付； * 5. type=PROMOTION: 零售+平台的优惠名称； * 6. type=CUSTOM_PROMOTION：零售商自有优惠名称； * 7. type=CUSTOM_PREPAY_CARD：零售商自有储值卡； * 8. type=MALING：抹零 * */
  title?: string;
  /** 金额/优惠抵扣金额，单位：分 */
  amount?: Int64;
  /** 货币种类： CYN("人民币"), USD("美元"), HKD("港币"); */
  currency?: string;
  /** 扩展参数，JSON格式 */
  extend_params?: string;
  /** 附加数据，在查询订单中原样返回，该字段主要用于商户携带订单的自定义数据 */
  attachment?: string;
}

/** `Refund` of `alibaba.nlife.b2c.trade.get`. */
export interface AlibabaNlifeB2cTradeGetRefund {
  /** refundTime */
  refund_time?: string;
  /** outRequestNo */
  out_request_no?: string;
  /** 退款渠道列表 */
  refund_bill_list?: AlibabaNlifeB2cTradeGetFundBill[];
  /** 退货的商品，逗号分隔元素，商品和数量冒号分隔 */
  refund_goods?: string;
}

/** `LogisticsStatus` of `alibaba.nlife.b2c.trade.get`. */
export interface AlibabaNlifeB2cTradeGetLogisticsStatus {
  /** 该物流单里面的商品，商品和商品之间逗号分隔，商品和数量冒号分隔 */
  goods_id?: string;
  /** 物流状态: WAIT_FOR_CONSIGN("有待发货商品"), WAIT_FOR_SIGN("全部商品已发货"), SIGNED("全部商品已签收"), REJECTED("全部商品已拒收"); */
  status?: string;
  /** 物流公司名称 */
  logistics_company_name?: string;
  /** 物流公司ID */
  logistics_company_id?: string;
  /** 物流单号 */
  logistics_id?: string;
  /** 更新时间 */
  modifyed_time?: string;
  /** 更新日志列表 */
  logistics_log_list?: AlibabaNlifeB2cTradeGetLogisticsLog[];
}

/** `LogisticsLog` of `alibaba.nlife.b2c.trade.get`. */
export interface AlibabaNlifeB2cTradeGetLogisticsLog {
  /** time */
  time?: string;
  /** 内容 */
  desc?: string;
}

const REQUEST_SCHEMA = {
  trade_no: 'String',
  out_trade_no: 'String',
  store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  channel: 'String',
  channel_data: 'String',
  buyer_id: 'String',
  buyer_id_type: 'String',
  out_card_no: 'String',
  order_body: 'String',
  sales_id: 'String',
  goods_list: [
    {
      id: 'String',
      price: 'Number',
      currency: 'String',
      guider: 'String',
      quantity: 'Number',
      title: 'String',
      sku_id: 'Number',
      item_id: 'Number',
      custom_codes: 'String',
    },
  ],
  total_amount: 'Number',
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
  gmt_create: 'Date',
  gmt_pay: 'Date',
  gmt_cancel: 'Date',
  refund_list: [
    {
      refund_time: 'Date',
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
      refund_goods: 'String',
    },
  ],
  pay_status: 'String',
  refund_status: 'String',
  logistics_status: 'String',
  logistics_status_list: [
    {
      goods_id: 'String',
      status: 'String',
      logistics_company_name: 'String',
      logistics_company_id: 'String',
      logistics_id: 'String',
      modifyed_time: 'Date',
      logistics_log_list: [
        {
          time: 'Date',
          desc: 'String',
        },
      ],
    },
  ],
  extend_params: 'String',
  attachment: 'String',
  trade_no: 'String',
  out_trade_no: 'String',
  omni_trade_no: 'String',
  store_id: 'String',
  sales_name: 'String',
  trade_biz_type: 'byte',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.trade.get`: method, response root, request and response schemas. */
export const alibabaNlifeB2cTradeGetOperation = {
  method: 'alibaba.nlife.b2c.trade.get',
  responseRoot: 'alibaba_nlife_b2c_trade_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售+平台查询订单 — calls TOP method `alibaba.nlife.b2c.trade.get`.
 *
 * 查询零售+平台创建出来的订单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cTradeGet(
  client: TopClient,
  request: AlibabaNlifeB2cTradeGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaNlifeB2cTradeGetResponse> {
  return client.call<AlibabaNlifeB2cTradeGetResponse>(
    {
      method: 'alibaba.nlife.b2c.trade.get',
      responseRoot: 'alibaba_nlife_b2c_trade_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
