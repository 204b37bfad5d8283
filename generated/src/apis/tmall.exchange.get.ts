// Generated from specs/exchange/tmall.exchange.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.exchange.get` (获取单笔换货详情). */
export interface TmallExchangeGetRequest {
  /** 换货单号ID */
  dispute_id: Int64Input;
  /**
   * 返回字段。目前支持dispute_id, bizorder_id, num, buyer_nick, status, created, modified, reason, title, buyer_logistic_no, seller_logistic_no, bought_sku, exchange_sku, buyer_address, address, buyer_phone, buyer_logistic_name, seller_logistic_name, alipay_no, buyer_name, seller_nick
   *
   * Max list size: 100
   */
  fields: string[];
}

/** Response of `tmall.exchange.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeGetResponse {
  /** 返回结果 */
  result?: TmallExchangeGetExchangeBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExchangeBaseResponse` of `tmall.exchange.get`. */
export interface TmallExchangeGetExchangeBaseResponse {
  /** 错误信息说明 */
  message?: string;
  /** 错误码 */
  msg_code?: string;
  /** 返回结果是否符合要求 */
  success?: boolean;
  /** 换货单详情 */
  exchange?: TmallExchangeGetExchange;
}

/** `Exchange` of `tmall.exchange.get`. */
export interface TmallExchangeGetExchange {
  /** 买家发货物流单号 */
  buyer_logistic_no?: string;
  /** 支付宝单号ID */
  alipay_no?: string;
  /** 换货理由说明 */
  desc?: string;
  /** 换货申请理由 */
  reason?: string;
  /** attributes */
  attributes?: string;
  /** 申请换货的状态：售中换货 or 售后换货 */
  refund_phase?: string;
  /** 换货商品的sku */
  exchange_sku?: string;
  /** buyerAddress */
  buyer_address?: string;
  /** 操作场景 */
  operation_contraint?: string;
  /** 商品名称 */
  title?: string;
  /** 换货单创建时间 */
  created?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 先行垫付状态 */
  advance_status?: Int64;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 买家发货物流公司名称 */
  buyer_logistic_name?: string;
  /** 换货状态，具体包括：换货待处理(1), 待买家退货(2), 买家已退货，待收货(3), 换货关闭(4), 换货成功(5), 待买家修改(6), 待发出换货商品(12), 待买家收货(13), 请退款(14) */
  status?: string;
  /** 换货版本 */
  refund_version?: Int64;
  /** 卖家发货物流公司名称 */
  seller_logistic_name?: string;
  /** 所购买的商品sku */
  bought_sku?: string;
  /** 换货单修改时间 */
  modified?: string;
  /** 换货单号ID */
  dispute_id?: string;
  /** 换货数量 */
  num?: Int64;
  /** 卖家发货快递单号 */
  seller_logistic_no?: string;
  /** 价格 */
  price?: string;
  /** 超时时间 */
  time_out?: string;
  /** 小二托管状态 */
  cs_status?: Int64;
  /** 卖家换货地址 */
  address?: string;
  /** 商品状态 */
  good_status?: string;
  /** 正向订单号ID */
  biz_order_id?: string;
  /** 买家联系方式 */
  buyer_phone?: string;
  /** buyerName */
  buyer_name?: string;
  /** 收件人ID (Open Addressee ID)，长度在128个字符之内。 */
  oaid?: string;
  /** 买家openId */
  buyer_open_uid?: string;
}

const REQUEST_SCHEMA = {
  dispute_id: 'Number',
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    msg_code: 'String',
    success: 'Boolean',
    exchange: {
      buyer_logistic_no: 'String',
      alipay_no: 'String',
      desc: 'String',
      reason: 'String',
      attributes: 'String',
      refund_phase: 'String',
      exchange_sku: 'String',
      buyer_address: 'String',
      operation_contraint: 'String',
      title: 'String',
      created: 'Date',
      seller_nick: 'String',
      advance_status: 'Number',
      buyer_nick: 'String',
      buyer_logistic_name: 'String',
      status: 'String',
      refund_version: 'Number',
      seller_logistic_name: 'String',
      bought_sku: 'String',
      modified: 'Date',
      dispute_id: 'String',
      num: 'Number',
      seller_logistic_no: 'String',
      price: 'String',
      time_out: 'String',
      cs_status: 'Number',
      address: 'String',
      good_status: 'String',
      biz_order_id: 'String',
      buyer_phone: 'String',
      buyer_name: 'String',
      oaid: 'String',
      buyer_open_uid: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.exchange.get`: method, response root, request and response schemas. */
export const tmallExchangeGetOperation = {
  method: 'tmall.exchange.get',
  responseRoot: 'tmall_exchange_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单笔换货详情 — calls TOP method `tmall.exchange.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeGet(
  client: TopClient,
  request: TmallExchangeGetRequest,
  options?: CallOptions,
): Promise<TmallExchangeGetResponse> {
  return client.call<TmallExchangeGetResponse>(
    {
      method: 'tmall.exchange.get',
      responseRoot: 'tmall_exchange_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
