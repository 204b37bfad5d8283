// Generated from specs/mos/alibaba.mos.onsite.trade.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.onsite.trade.query` (新商场当面付交易查询). */
export interface AlibabaMosOnsiteTradeQueryRequest {
  /**
   * 喵街交易流水号。与商户支付流水号两者至少要填写一个。如果均有，优先级为喵街交易流水号 > 商户支付流水号。
   *
   * Max length: 64
   */
  trade_no?: string;
  /**
   * 原支付请求的商户支付流水号。与喵街交易流水号两者至少要填写一个。如果均有，优先级为喵街交易流水号 > 商户支付流水号。
   *
   * Max length: 64
   */
  out_trade_no?: string;
  /** 商户ID类型，取值为miaojie或out */
  store_id_type: string;
  /** 门店号或喵街商户ID */
  store_id: string;
}

/** Response of `alibaba.mos.onsite.trade.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOnsiteTradeQueryResponse {
  /** 查询结果对象。必然返回 */
  onsite_trade_query_response?: AlibabaMosOnsiteTradeQueryOnsiteTradeQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OnsiteTradeQueryResponse` of `alibaba.mos.onsite.trade.query`. */
export interface AlibabaMosOnsiteTradeQueryOnsiteTradeQueryResponse {
  /** 消费者在喵街的昵称，将用*号屏蔽部分内容。必然返回 */
  buyer_nick?: string;
  /** 消费者付款时间。在付款后才会返回，格式为 yyyy-MM-dd HH:mm:ss，时区是GMT+8 */
  gmt_payment?: string;
  /** 消费者实付总额。单位：分 */
  buyer_total_fund_fee?: Int64;
  /** 消费者优惠总额。消费者支付的营销渠道的总金额，单位为人民币（分）。一般来讲，是通过券／权益抵扣的总金额。消费者付款成功后，才返回此值 */
  buyer_total_promotion_fee?: Int64;
  /** 原支付请求的商户支付流水号。必然返回 */
  out_trade_no?: string;
  /** 商户的实收资金渠道明细信息列表。 */
  fund_bill_list?: AlibabaMosOnsiteTradeQueryFundBill[];
  /** 商户总营销成本。商户在本次交易中的营销总成本，单位为人民币（分）。 */
  store_total_marketing_fee?: Int64;
  /** 商户实收总额。商户在本次交易中实收的总金额。单位：分 */
  store_total_received_fee?: Int64;
  /** 本次交易支付的订单金额，单位为人民币（分）。必然返回 */
  total_amount?: Int64;
  /** 喵街交易流水号。必然返回 */
  trade_no?: string;
  /** 交易目前所处的状态。必然返回。取值：WAIT_FOR_CONFIRM，待确认，此时不能申请退款，可以撤销；WAIT_BUYER_PAY，等待消费者付款 ，此时不能申请退款，可以撤销；TRADE_SUCCESS，付款成功，此时可以申请退款，可以撤销（自动申请退款）；TRADE_FINISHED，交易成功，此时可以申请退款，不可以撤销；TRADE_CLOSED，交易关闭，此时不能申请退款，不能撤销 */
  trade_status?: string;
  /** 业务扩展参数，json格式 */
  extend_params?: string;
  /** 码来源，取值：MJ、M_TAO、ALIPAY */
  auth_code_source?: string;
}

/** `FundBill` of `alibaba.mos.onsite.trade.query`. */
export interface AlibabaMosOnsiteTradeQueryFundBill {
  /** 金额。单位为人民币（分）。必然返回 */
  amount?: Int64;
  /** 业务扩展参数，json格式 */
  extend_params?: string;
  /** 子资金渠道。必然返回。取值为支付宝红包：alipay_coupon 支付宝余额：alipay_account 支付宝集分宝：alipay_point 支付宝余额宝：alipay_financeaccount 蚂蚁花呗：alipay_pcredit 支付宝预付卡：alipay_pcard 喵街储值卡（经支付宝打款）：alipay_mj_vcard 喵街购物券（经支付宝打款）：alipay_mj_voucher 喵街补贴（经支付宝打款）：alipay_mj_subsidy 其它（经支付宝打款）：alipay_other */
  sub_fund_channel?: string;
  /** 打款类型。必然返回。取值为alipay，代表打款类型为支付宝（打款到商户的支付宝账号） */
  fund_channel?: string;
}

const REQUEST_SCHEMA = {
  trade_no: 'String',
  out_trade_no: 'String',
  store_id_type: 'String',
  store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  onsite_trade_query_response: {
    buyer_nick: 'String',
    gmt_payment: 'String',
    buyer_total_fund_fee: 'Number',
    buyer_total_promotion_fee: 'Number',
    out_trade_no: 'String',
    fund_bill_list: [
      {
        amount: 'Number',
        extend_params: 'String',
        sub_fund_channel: 'String',
        fund_channel: 'String',
      },
    ],
    store_total_marketing_fee: 'Number',
    store_total_received_fee: 'Number',
    total_amount: 'Number',
    trade_no: 'String',
    trade_status: 'String',
    extend_params: 'String',
    auth_code_source: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.onsite.trade.query`: method, response root, request and response schemas. */
export const alibabaMosOnsiteTradeQueryOperation = {
  method: 'alibaba.mos.onsite.trade.query',
  responseRoot: 'alibaba_mos_onsite_trade_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新商场当面付交易查询 — calls TOP method `alibaba.mos.onsite.trade.query`.
 *
 * 本接口提供新商场当面付订单的查询的功能，商户可以通过本接口主动查询订单状态，完成下一步的业务逻辑。
 * 商户系统应在两种场景下调用此接口: 商户POS系统应该在调用[条码支付请求接口]并成功返回后，调用此接口查询订单的处理状态。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOnsiteTradeQuery(
  client: TopClient,
  request: AlibabaMosOnsiteTradeQueryRequest,
  options?: CallOptions,
): Promise<AlibabaMosOnsiteTradeQueryResponse> {
  return client.call<AlibabaMosOnsiteTradeQueryResponse>(
    {
      method: 'alibaba.mos.onsite.trade.query',
      responseRoot: 'alibaba_mos_onsite_trade_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
