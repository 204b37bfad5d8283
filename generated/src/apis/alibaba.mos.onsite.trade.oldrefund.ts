// Generated from specs/mos/alibaba.mos.onsite.trade.oldrefund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.onsite.trade.oldrefund` (线下新退款接口（专为老退款接口调用）). */
export interface AlibabaMosOnsiteTradeOldrefundRequest {
  /** 交易退款请求 */
  onsite_refund_request: AlibabaMosOnsiteTradeOldrefundOnsiteRefundRequestInput;
}

/** Response of `alibaba.mos.onsite.trade.oldrefund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOnsiteTradeOldrefundResponse {
  /** 交易退款响应 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OnsiteRefundRequest` of `alibaba.mos.onsite.trade.oldrefund`. */
export interface AlibabaMosOnsiteTradeOldrefundOnsiteRefundRequestInput {
  /** 业务扩展参数，json格式 */
  extend_params?: string;
  /** 商户操作员编号 */
  operator_id?: string;
  /** 商户退款请求号。标识一次退款请求，同一笔交易多次退款需要保证唯一 */
  out_request_no: string;
  /** 退款金额。需要退款的金额，该金额不能大于订单金额（同一笔交易多次退款时累计退款金额不能超过订单金额），单位为分 */
  refund_amount: Int64Input;
  /** 退款的原因说明 */
  refund_reason?: string;
  /** 喵街商户号 */
  mj_shop_id?: string;
  /** 商户门店编号。可以是喵街内的商户门店ID，也可以是商户系统内自己的门店ID，其取值的含义由store_id_type定义 */
  store_id: string;
  /** 商户门店编号的类型。取值：miaojie和out。如果取值为miaojie，则store_id的取值为商户门店在喵街中的编号；如果取值为out，则store_id的取值为商户自己的编号 */
  store_id_type: string;
  /** 商户机具终端编号 */
  terminal_id?: string;
  /** 订单号。可能为外部订单号，也可能为喵街订单号 */
  order_no: string;
  /** appId。兼容老退款 */
  app_id?: string;
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
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.onsite.trade.oldrefund`: method, response root, request and response schemas. */
export const alibabaMosOnsiteTradeOldrefundOperation = {
  method: 'alibaba.mos.onsite.trade.oldrefund',
  responseRoot: 'alibaba_mos_onsite_trade_oldrefund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下新退款接口（专为老退款接口调用） — calls TOP method `alibaba.mos.onsite.trade.oldrefund`.
 *
 * 线下新退款接口（专为老退款接口调用）。新接口支付支付宝、手淘、天猫，老接口退款时，需要调用该接口退新单，并适配老接口响应参数返回
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOnsiteTradeOldrefund(
  client: TopClient,
  request: AlibabaMosOnsiteTradeOldrefundRequest,
  options?: CallOptions,
): Promise<AlibabaMosOnsiteTradeOldrefundResponse> {
  return client.call<AlibabaMosOnsiteTradeOldrefundResponse>(
    {
      method: 'alibaba.mos.onsite.trade.oldrefund',
      responseRoot: 'alibaba_mos_onsite_trade_oldrefund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
