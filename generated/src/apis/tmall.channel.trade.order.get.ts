// Generated from specs/tmallchannel/tmall.channel.trade.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.channel.trade.order.get` (通过主采购单号查询采购单). */
export interface TmallChannelTradeOrderGetRequest {
  /** 主采购单ID */
  main_purchase_order_no: Int64Input;
  /** 是否包含子采购单 */
  is_include_sub_order?: boolean;
  /** 是否包含主采购单（针对特殊业务） */
  is_include_main_order?: boolean;
  /** 是否包含物流信息 */
  is_include_logistics?: boolean;
}

/** Response of `tmall.channel.trade.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallChannelTradeOrderGetResponse {
  /** 主采购单号 */
  main_purchase_order_no?: Int64;
  /** 申请单单号 */
  channel_purchase_apply_order_no?: string;
  /** 分销商淘宝nick */
  distributor_nick?: string;
  /** 买家淘宝nick */
  buyer_taobao_nick?: string;
  /** 交易类型 */
  trade_type?: Int64;
  /** 付款类型 */
  pay_type?: Int64;
  /** 渠道编码 */
  channel?: Int64;
  /** 改价后的最新邮费 */
  post_fee?: Int64;
  /** 主采购单支付状态 */
  pay_status?: Int64;
  /** 主采购单物流状态 */
  logistics_status?: Int64;
  /** 交易状态 */
  order_status?: Int64;
  /** 记录创建时间 */
  create_time?: string;
  /** 记录修改时间 */
  modified_time?: string;
  /** 付款时间 */
  pay_time?: string;
  /** 子采购单列表 */
  sub_order_list?: TmallChannelTradeOrderGetTopChannelSubPurchaseOrderDto[];
  /** 物流单信息 */
  channel_logistics_order?: TmallChannelTradeOrderGetTopChannelLogisticsOrderDto;
  /** 解析描述 */
  schema?: string;
  /** 支付信息 */
  top_purchase_pay_order?: TmallChannelTradeOrderGetTopPurchasePayOrderDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopChannelSubPurchaseOrderDto` of `tmall.channel.trade.order.get`. */
export interface TmallChannelTradeOrderGetTopChannelSubPurchaseOrderDto {
  /** 子采购单单号 */
  sub_purchase_order_no?: Int64;
  /** 商家编码 */
  merchant_code?: string;
  /** 产品id */
  product_id?: Int64;
  /** sku信息 */
  sku?: string;
  /** 产品编码 */
  product_number?: string;
  /** 产品标题 */
  product_title?: string;
  /** 产品价格 */
  product_price?: Int64;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 支付状态 */
  pay_status?: Int64;
  /** 子采购单的物流状态 */
  logistics_status?: Int64;
  /** 交易完成时间 */
  end_time?: string;
}

/** `TopChannelLogisticsOrderDto` of `tmall.channel.trade.order.get`. */
export interface TmallChannelTradeOrderGetTopChannelLogisticsOrderDto {
  /** 物流单号 */
  logistics_order_no?: string;
  /** 物流公司编号 */
  logistics_company_code?: string;
  /** 物流公司名称 */
  logistics_company_name?: string;
}

/** `TopPurchasePayOrderDto` of `tmall.channel.trade.order.get`. */
export interface TmallChannelTradeOrderGetTopPurchasePayOrderDto {
  /** 支付流水编号 */
  pay_order_id?: string;
  /** 支付金额 */
  pay_fee?: Int64;
}

const REQUEST_SCHEMA = {
  main_purchase_order_no: 'Number',
  is_include_sub_order: 'Boolean',
  is_include_main_order: 'Boolean',
  is_include_logistics: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  main_purchase_order_no: 'Number',
  channel_purchase_apply_order_no: 'String',
  distributor_nick: 'String',
  buyer_taobao_nick: 'String',
  trade_type: 'Number',
  pay_type: 'Number',
  channel: 'Number',
  post_fee: 'Number',
  pay_status: 'Number',
  logistics_status: 'Number',
  order_status: 'Number',
  create_time: 'Date',
  modified_time: 'Date',
  pay_time: 'Date',
  sub_order_list: [
    {
      sub_purchase_order_no: 'Number',
      merchant_code: 'String',
      product_id: 'Number',
      sku: 'String',
      product_number: 'String',
      product_title: 'String',
      product_price: 'Number',
      buy_amount: 'Number',
      pay_status: 'Number',
      logistics_status: 'Number',
      end_time: 'Date',
    },
  ],
  channel_logistics_order: {
    logistics_order_no: 'String',
    logistics_company_code: 'String',
    logistics_company_name: 'String',
  },
  schema: 'String',
  top_purchase_pay_order: {
    pay_order_id: 'String',
    pay_fee: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.channel.trade.order.get`: method, response root, request and response schemas. */
export const tmallChannelTradeOrderGetOperation = {
  method: 'tmall.channel.trade.order.get',
  responseRoot: 'tmall_channel_trade_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过主采购单号查询采购单 — calls TOP method `tmall.channel.trade.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallChannelTradeOrderGet(
  client: TopClient,
  request: TmallChannelTradeOrderGetRequest,
  options?: CallOptions,
): Promise<TmallChannelTradeOrderGetResponse> {
  return client.call<TmallChannelTradeOrderGetResponse>(
    {
      method: 'tmall.channel.trade.order.get',
      responseRoot: 'tmall_channel_trade_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
