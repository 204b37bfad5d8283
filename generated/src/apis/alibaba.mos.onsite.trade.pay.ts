// Generated from specs/mos/alibaba.mos.onsite.trade.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.onsite.trade.pay` (新商场当面付商户扫码付). */
export interface AlibabaMosOnsiteTradePayRequest {
  /** 创建订单请求参数 */
  onsite_trade_pay_request: AlibabaMosOnsiteTradePayOnsiteTradePayRequestInput;
}

/** Response of `alibaba.mos.onsite.trade.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOnsiteTradePayResponse {
  /** 创建订单响应信息。必然返回 */
  onsite_trade_pay_response?: AlibabaMosOnsiteTradePayOnsiteTradePayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OnsiteTradePayRequest` of `alibaba.mos.onsite.trade.pay`. */
export interface AlibabaMosOnsiteTradePayOnsiteTradePayRequestInput {
  /** 商户支付流水号，64个字符以内、可包含字母、数字、下划线；需保证在商户端不重复 */
  out_trade_no: string;
  /** 支付授权码。 消费者喵街中的“付款码”信息 */
  auth_code: string;
  /** 订单总金额，单位为分，取值范围[0,10000000000] */
  total_amount: string;
  /** 不可打折金额。不参与优惠计算的金额，单位为分，取值范围[0,10000000000]。取值不能超过订单总金额 */
  undiscountable_amount?: string;
  /** 允许使用的资金渠道。如果不指定，则可以使用所有资金渠道；如果存在多个资金渠道，以逗号分隔，取值：mj_vcard 和 alipay。mj_vcard代表喵街储值卡，alipay代表支付宝。此处设定的顺序代表了资金渠道出现的顺序。在实际支付时，还会判断其它条件控制资金渠道（如使用储值权益，即使在创建订单时指定资金渠道为支付宝，也必须使用储值卡支付） */
  allowable_pay_channels?: string;
  /** 是否自动完成消费者对订单的确认。如果是，则无需消费者确认环节，直接进入待付款。取值：Y、N。缺省值为N */
  buyer_auto_confirm: string;
  /** 订单标题 */
  subject: string;
  /** 订单描述。对交易或商品的描述 */
  body?: string;
  /** 商品明细列表。订单包含的商品列表信息 */
  goods_detail_list?: AlibabaMosOnsiteTradePayGoodsDetailInput[];
  /** 商户门店编号的类型。取值：miaojie和out。如果取值为miaojie，则store_id的取值为商户门店在喵街中的编号；如果取值为out，则store_id的取值为商户自己的编号 */
  store_id_type: string;
  /** 商户门店编号。可以是喵街内的商户门店ID，也可以是商户系统内自己的门店ID，其取值的含义由store_id_type定义 */
  store_id: string;
  /** 商户操作员编号 */
  operator_id?: string;
  /** 商户机具终端编号 */
  terminal_id?: string;
  /** 支付超时时间。该笔订单允许的最晚付款时间，逾期将关闭交易。格式为：yyyy-MM-dd HH:mm:ss。时区为GMT+8。 线下条码支付，建议传入当前时间往后10分钟的时间点 */
  time_expire?: string;
  /** 业务扩展参数，json格式。目前需要的扩展参数名有：memberPayerSame：是否需要校验会员与支付者是否同人。 */
  extend_params?: string;
  /** 商户收银支付宝账号 */
  store_alipay_account?: string;
  /** 场景流水号，会员识别时生成。 */
  scene_no?: string;
  /** 会员账号ID */
  member_account_id?: string;
  /** 会员手机号 */
  member_mobile?: string;
  /** 支付场景，条码支付：bar_code，刷脸支付：security_code */
  scene?: string;
}

/** `GoodsDetail` of `alibaba.mos.onsite.trade.pay`. */
export interface AlibabaMosOnsiteTradePayGoodsDetailInput {
  /** 商户自有的专柜号 */
  shop_no?: string;
  /** 专柜名 */
  shop_name?: string;
  /** 商户自有的商品ID */
  goods_id?: string;
  /** 商品名称 */
  goods_name?: string;
  /** 商品总价，单位为分。与商品单价之间是二选一的关系。可以为负值，用于表达折扣 */
  amount?: string;
  /** 商品单价，单位为分。与商品总价之间是二选一的关系。可以为负值，用于表达折扣 */
  price?: string;
  /** 商品数量，支持小数 */
  quantity?: string;
}

/** `OnsiteTradePayResponse` of `alibaba.mos.onsite.trade.pay`. */
export interface AlibabaMosOnsiteTradePayOnsiteTradePayResponse {
  /** 喵街交易凭证号。必然返回 */
  trade_no?: string;
  /** 原支付请求的商户订单号。必然返回 */
  out_trade_no?: string;
  /** 消费者在喵街的昵称，将用*号屏蔽部分内容。必然返回 */
  buyer_nick?: string;
  /** 订单总金额，单位为分。必然返回 */
  total_amount?: string;
  /** 交易状态。必然返回。取值：WAIT_FOR_CONFIRM，待确认，此时不能申请退款，可以撤销；WAIT_BUYER_PAY，等待消费者付款 ，此时不能申请退款，可以撤销；TRADE_SUCCESS，付款成功，此时可以申请退款，可以撤销（自动申请退款）；TRADE_FINISHED，交易成功，此时可以申请退款，可以撤销（自动申请退款）；TRADE_CLOSED，交易关闭，此时不能申请退款，不能撤销 */
  trade_status?: string;
  /** 码来源，取值：MJ、M_TAO、ALIPAY */
  auth_code_source?: string;
}

const REQUEST_SCHEMA = {
  onsite_trade_pay_request: {
    out_trade_no: 'String',
    auth_code: 'String',
    total_amount: 'String',
    undiscountable_amount: 'String',
    allowable_pay_channels: 'String',
    buyer_auto_confirm: 'String',
    subject: 'String',
    body: 'String',
    goods_detail_list: [
      {
        shop_no: 'String',
        shop_name: 'String',
        goods_id: 'String',
        goods_name: 'String',
        amount: 'String',
        price: 'String',
        quantity: 'String',
      },
    ],
    store_id_type: 'String',
    store_id: 'String',
    operator_id: 'String',
    terminal_id: 'String',
    time_expire: 'String',
    extend_params: 'String',
    store_alipay_account: 'String',
    scene_no: 'String',
    member_account_id: 'String',
    member_mobile: 'String',
    scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  onsite_trade_pay_response: {
    trade_no: 'String',
    out_trade_no: 'String',
    buyer_nick: 'String',
    total_amount: 'String',
    trade_status: 'String',
    auth_code_source: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.onsite.trade.pay`: method, response root, request and response schemas. */
export const alibabaMosOnsiteTradePayOperation = {
  method: 'alibaba.mos.onsite.trade.pay',
  responseRoot: 'alibaba_mos_onsite_trade_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新商场当面付商户扫码付 — calls TOP method `alibaba.mos.onsite.trade.pay`.
 *
 * 收银员使用扫码设备读取用户“付款码”后，将二维码或条码信息通过本接口上送至喵街发起支付。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOnsiteTradePay(
  client: TopClient,
  request: AlibabaMosOnsiteTradePayRequest,
  options?: CallOptions,
): Promise<AlibabaMosOnsiteTradePayResponse> {
  return client.call<AlibabaMosOnsiteTradePayResponse>(
    {
      method: 'alibaba.mos.onsite.trade.pay',
      responseRoot: 'alibaba_mos_onsite_trade_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
