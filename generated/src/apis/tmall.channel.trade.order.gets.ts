// Generated from specs/tmallchannel/tmall.channel.trade.order.gets.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.channel.trade.order.gets` (分页查询采购单). */
export interface TmallChannelTradeOrderGetsRequest {
  /** 是否包含子单 */
  is_include_sub_order?: boolean;
  /** 是否包含主单 */
  is_include_main_order?: boolean;
  /** 是否包含物流信息 */
  is_include_logistics?: boolean;
  /** 每页显示数量 */
  page_size?: Int64Input;
  /** 查询第几页 */
  page_number?: Int64Input;
  /** 是否分页查询 */
  need_pagination?: boolean;
  /** 主采购单号 */
  main_purchase_order_no?: Int64Input;
  /** 分销商Nick */
  distributor_nick?: string;
  /** 渠道编码 */
  channel?: Int64Input;
  /** 1-代销；2-经销 */
  trade_type?: Int64Input;
  /** 1. 待付款 2.已付款待发货 3.已发货待收货 4.交易完成 5.交易关闭 */
  order_status?: Int64Input;
  /** 创建时间从 */
  create_time_start?: DateInput;
  /** 创建时间到 */
  create_time_end?: DateInput;
}

/** Response of `tmall.channel.trade.order.gets`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallChannelTradeOrderGetsResponse {
  /** 每页显示数量 */
  page_size?: Int64;
  /** 查询第几页 */
  page_number?: Int64;
  /** 此页中包含的元素 */
  page_elements?: TmallChannelTradeOrderGetsTopChannelPurchaseOrderDto[];
  /** 所有元素个数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopChannelPurchaseOrderDto` of `tmall.channel.trade.order.gets`. */
export interface TmallChannelTradeOrderGetsTopChannelPurchaseOrderDto {
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
  /** 主采购单支付状态：支付状态1， 未冻结/未付款 -> 等待买家付款2， 已冻结/已付款 -> 等待卖家发货4， 已退款 -> 交易关闭6， 已转交易 -> 交易成功7， 没有创建外部交易(支付宝交易)8， 交易被淘宝关闭 */
  pay_status?: Int64;
  /** 主采购单物流状态：物流状态 8， 还未创建物流订单1， 未发货 -> 等待卖家发货2， 已发货 -> 等待买家确认收货3， 已收货 -> 交易成功4， 已经退货 -> 交易失败5， 部分发货 -> 交易成功 */
  logistics_status?: Int64;
  /** 交易状态：1-交易中，2-交易关闭，3-交易成功 */
  order_status?: Int64;
  /** 记录创建时间 */
  create_time?: string;
  /** 记录修改时间 */
  modified_time?: string;
  /** 付款时间 */
  pay_time?: string;
  /** 子采购单列表 */
  sub_order_list?: TmallChannelTradeOrderGetsTopChannelSubPurchaseOrderDto[];
  /** 物流单信息 */
  channel_logistics_order?: TmallChannelTradeOrderGetsTopChannelLogisticsOrderDto;
  /** 解析详情 */
  schema?: string;
}

/** `TopChannelSubPurchaseOrderDto` of `tmall.channel.trade.order.gets`. */
export interface TmallChannelTradeOrderGetsTopChannelSubPurchaseOrderDto {
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

/** `TopChannelLogisticsOrderDto` of `tmall.channel.trade.order.gets`. */
export interface TmallChannelTradeOrderGetsTopChannelLogisticsOrderDto {
  /** 物流单号 */
  logistics_order_no?: string;
  /** 物流公司编号 */
  logistics_company_code?: string;
  /** 物流公司名称 */
  logistics_company_name?: string;
}

const REQUEST_SCHEMA = {
  is_include_sub_order: 'Boolean',
  is_include_main_order: 'Boolean',
  is_include_logistics: 'Boolean',
  page_size: 'Number',
  page_number: 'Number',
  need_pagination: 'Boolean',
  main_purchase_order_no: 'Number',
  distributor_nick: 'String',
  channel: 'Number',
  trade_type: 'Number',
  order_status: 'Number',
  create_time_start: 'Date',
  create_time_end: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  page_size: 'Number',
  page_number: 'Number',
  page_elements: [
    {
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
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `tmall.channel.trade.order.gets`: method, response root, request and response schemas. */
export const tmallChannelTradeOrderGetsOperation = {
  method: 'tmall.channel.trade.order.gets',
  responseRoot: 'tmall_channel_trade_order_gets_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询采购单 — calls TOP method `tmall.channel.trade.order.gets`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallChannelTradeOrderGets(
  client: TopClient,
  request: TmallChannelTradeOrderGetsRequest = {},
  options?: CallOptions,
): Promise<TmallChannelTradeOrderGetsResponse> {
  return client.call<TmallChannelTradeOrderGetsResponse>(
    {
      method: 'tmall.channel.trade.order.gets',
      responseRoot: 'tmall_channel_trade_order_gets_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
