// Generated from specs/aliospay/aliyun.alios.pay.trade.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alios.pay.trade.query` (查询支付结果接口). */
export interface AliyunAliosPayTradeQueryRequest {
  /** 请求参数 */
  query_trade_request: AliyunAliosPayTradeQueryQueryTradeRequestInput;
}

/** Response of `aliyun.alios.pay.trade.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAliosPayTradeQueryResponse {
  /** 响应参数 */
  aliospay_response?: AliyunAliosPayTradeQueryAliOSPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryTradeRequest` of `aliyun.alios.pay.trade.query`. */
export interface AliyunAliosPayTradeQueryQueryTradeRequestInput {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id: string;
  /** 语言,en表示英文，zh表示中文 */
  lang: string;
  /** 发送请求的时间戳 */
  time: string;
  /** 业务订单号 */
  biz_order_id?: string;
  /** alios支付订单id */
  pay_order_id?: string;
}

/** `AliOSPayResponse` of `aliyun.alios.pay.trade.query`. */
export interface AliyunAliosPayTradeQueryAliOSPayResponse {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id?: string;
  /** 错误码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
  /** 业务数据 */
  data?: AliyunAliosPayTradeQueryQueryTradeResponse;
}

/** `QueryTradeResponse` of `aliyun.alios.pay.trade.query`. */
export interface AliyunAliosPayTradeQueryQueryTradeResponse {
  /** 交易支付时间，未进行支付无值，时间戳 */
  payment_time?: Int64;
  /** 实收金额，单位分 */
  receipt_amount?: Int64;
  /** 订单总金额，单位分 */
  total_amount?: Int64;
  /** 支付结果状态,取值为:INIT初始，WAIT_BUYER_PAY : 等待用户付款。TRADE_SUCCESS:支付已经成功。 TRADE_CLOSED:未付款交易超时关闭，或支付完成后全额退款。TRADE_FINISHED交易结束，不可退款 */
  pay_result?: string;
  /** 订单创建时间，时间戳毫秒格式 */
  order_time?: Int64;
  /** 退款时间，时间戳毫秒格式 */
  gmt_refund?: Int64;
  /** 退款金额，单位为分 */
  refund_fee?: Int64;
  /** 支付方式，SCAN-扫码，AUTH-免密支付，APP-手机支付，ALL_DEDUCTION-全额抵扣，SIGN_AND_PAY-签约并支付，WAP-手机网页支付，PERIOD_PAY-周期扣款 */
  pay_way?: string;
  /** 斑马支付单Id */
  pay_order_id?: string;
  /** 业务订单号 */
  biz_order_id?: string;
  /** 支付渠道，ALIPAY支付宝，WECHAT微信 */
  pay_channel?: string;
  /** 支付渠道交易流水号 */
  extra_trade_no?: string;
  /** 补差金额，单位为分 */
  replenish_amount?: Int64;
}

const REQUEST_SCHEMA = {
  query_trade_request: {
    trace_id: 'String',
    lang: 'String',
    time: 'String',
    biz_order_id: 'String',
    pay_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aliospay_response: {
    trace_id: 'String',
    code: 'Number',
    message: 'String',
    data: {
      payment_time: 'Number',
      receipt_amount: 'Number',
      total_amount: 'Number',
      pay_result: 'String',
      order_time: 'Number',
      gmt_refund: 'Number',
      refund_fee: 'Number',
      pay_way: 'String',
      pay_order_id: 'String',
      biz_order_id: 'String',
      pay_channel: 'String',
      extra_trade_no: 'String',
      replenish_amount: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alios.pay.trade.query`: method, response root, request and response schemas. */
export const aliyunAliosPayTradeQueryOperation = {
  method: 'aliyun.alios.pay.trade.query',
  responseRoot: 'aliyun_alios_pay_trade_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询支付结果接口 — calls TOP method `aliyun.alios.pay.trade.query`.
 *
 * 商户用来查询支付结果接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAliosPayTradeQuery(
  client: TopClient,
  request: AliyunAliosPayTradeQueryRequest,
  options?: CallOptions,
): Promise<AliyunAliosPayTradeQueryResponse> {
  return client.call<AliyunAliosPayTradeQueryResponse>(
    {
      method: 'aliyun.alios.pay.trade.query',
      responseRoot: 'aliyun_alios_pay_trade_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
