// Generated from specs/mos/alibaba.mos.onsite.trade.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.onsite.trade.refund` (退款). */
export interface AlibabaMosOnsiteTradeRefundRequest {
  /** 交易退款请求 */
  onsite_refund_request: AlibabaMosOnsiteTradeRefundOnsiteRefundRequestInput;
}

/** Response of `alibaba.mos.onsite.trade.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOnsiteTradeRefundResponse {
  /** 交易退款响应 */
  result?: AlibabaMosOnsiteTradeRefundResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OnsiteRefundRequest` of `alibaba.mos.onsite.trade.refund`. */
export interface AlibabaMosOnsiteTradeRefundOnsiteRefundRequestInput {
  /** 业务扩展参数，json格式 */
  extend_params?: string;
  /** 商户操作员编号 */
  operator_id: string;
  /** 商户退款请求号。标识一次退款请求，同一笔交易多次退款需要保证唯一 */
  out_request_no: string;
  /** 退款金额。需要退款的金额，该金额不能大于订单金额（同一笔交易多次退款时累计退款金额不能超过订单金额），单位为分 */
  refund_amount: Int64Input;
  /** 退款的原因说明 */
  refund_reason: string;
  /** 喵街商户号 */
  mj_shop_id: string;
  /** 商户门店编号。可以是喵街内的商户门店ID，也可以是商户系统内自己的门店ID，其取值的含义由store_id_type定义 */
  store_id: string;
  /** 商户门店编号的类型。取值：miaojie和out。如果取值为miaojie，则store_id的取值为商户门店在喵街中的编号；如果取值为out，则store_id的取值为商户自己的编号 */
  store_id_type: string;
  /** 商户机具终端编号 */
  terminal_id: string;
  /** 订单号。可能为外部订单号，也可能为喵街订单号 */
  order_no: string;
  /** appId。兼容老退款 */
  app_id?: string;
  /** 退款来源.1：商家退款，2：用户主动退款，3：过期退款，4：线下POS退款 */
  refund_source: number;
}

/** `ResultDo` of `alibaba.mos.onsite.trade.refund`. */
export interface AlibabaMosOnsiteTradeRefundResultDo {
  /** data */
  data?: AlibabaMosOnsiteTradeRefundRefundResponse;
  /** 错误码 */
  err_code?: Int64;
  /** 错误信息 */
  err_msg?: string;
  /** success */
  success?: boolean;
}

/** `RefundResponse` of `alibaba.mos.onsite.trade.refund`. */
export interface AlibabaMosOnsiteTradeRefundRefundResponse {
  /** 喵街交易凭证号。必然返回 */
  trade_no?: string;
  /** 原支付请求的商户订单号。必然返回 */
  out_trade_no?: string;
  /** 外部退款流水号 */
  out_request_no?: string;
  /** 退款状态。FAIL退款失败，REFUNDING表示退款请求中，SUCCESS退款成功 */
  refund_status?: string;
  /** 买家在支付宝的用户id */
  buyer_alipay_id?: string;
  /** 总退款金额。单位为人民币（分） */
  refund_amount?: Int64;
  /** 退款资金渠道列表 */
  fund_bill_list?: AlibabaMosOnsiteTradeRefundFundBillDo[];
  /** 授权码来源。MJ：喵街，M_TAO：手淘，ALIPAY：支付宝 */
  auth_code_source?: string;
  /** 消费者喵街昵称 */
  buyer_nick?: string;
}

/** `FundBillDo` of `alibaba.mos.onsite.trade.refund`. */
export interface AlibabaMosOnsiteTradeRefundFundBillDo {
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
  onsite_refund_request: {
    extend_params: 'String',
    operator_id: 'String',
    out_request_no: 'String',
    refund_amount: 'Number',
    refund_reason: 'String',
    mj_shop_id: 'String',
    store_id: 'String',
    store_id_type: 'String',
    terminal_id: 'String',
    order_no: 'String',
    app_id: 'String',
    refund_source: 'byte',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      trade_no: 'String',
      out_trade_no: 'String',
      out_request_no: 'String',
      refund_status: 'String',
      buyer_alipay_id: 'String',
      refund_amount: 'Number',
      fund_bill_list: [
        {
          amount: 'Number',
          extend_params: 'String',
          sub_fund_channel: 'String',
          fund_channel: 'String',
        },
      ],
      auth_code_source: 'String',
      buyer_nick: 'String',
    },
    err_code: 'Number',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.onsite.trade.refund`: method, response root, request and response schemas. */
export const alibabaMosOnsiteTradeRefundOperation = {
  method: 'alibaba.mos.onsite.trade.refund',
  responseRoot: 'alibaba_mos_onsite_trade_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退款 — calls TOP method `alibaba.mos.onsite.trade.refund`.
 *
 * 当交易发生之后一段时间内，由于消费者或者商户的原因需退款，商户可通过退款接口将支付款退还给消费者，喵街将在收到退款请求并验证成功后，按退款规则将支付款按原路退到消费者账号上。
 *
 * 1. 交易超过可退款时间（签约时设置的可退款时间）的订单无法进行退款。
 * 2. 只支持全额退款。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOnsiteTradeRefund(
  client: TopClient,
  request: AlibabaMosOnsiteTradeRefundRequest,
  options?: CallOptions,
): Promise<AlibabaMosOnsiteTradeRefundResponse> {
  return client.call<AlibabaMosOnsiteTradeRefundResponse>(
    {
      method: 'alibaba.mos.onsite.trade.refund',
      responseRoot: 'alibaba_mos_onsite_trade_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
