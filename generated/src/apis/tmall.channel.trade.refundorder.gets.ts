// Generated from specs/tmallchannel/tmall.channel.trade.refundorder.gets.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.channel.trade.refundorder.gets` (供应商查询退款单). */
export interface TmallChannelTradeRefundorderGetsRequest {
  /** 退款单号 */
  refund_id?: Int64Input;
  /** 采购单号 */
  main_channel_order_no?: string;
  /** 每页数据条数 */
  page_size?: Int64Input;
  /** 页码 */
  page_number?: Int64Input;
}

/** Response of `tmall.channel.trade.refundorder.gets`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallChannelTradeRefundorderGetsResponse {
  /** 每页显示数量 */
  page_size?: Int64;
  /** 查询第几页 */
  page_number?: Int64;
  /** 包含的元素 */
  page_elements?: TmallChannelTradeRefundorderGetsTopChannelRefundDTO[];
  /** 所有元素个数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopChannelRefundDTO` of `tmall.channel.trade.refundorder.gets`. */
export interface TmallChannelTradeRefundorderGetsTopChannelRefundDTO {
  /** 退款单号 */
  refund_id?: Int64;
  /** 服务类型 */
  refund_type_desc?: string;
  /** 单据状态 */
  refund_status_desc?: string;
  /** 采购单号(渠道单) */
  main_channel_order_no?: string;
  /** 交易金额：分 */
  purchase_order_pay_fee?: Int64;
  /** 退款金额：分 */
  refund_fee?: Int64;
  /** 退款原因 */
  refund_reason_desc?: string;
  /** 退款单创建时间 */
  refund_create_date?: string;
  /** 铺货状态 */
  purchase_order_status?: string;
  /** 分销商昵称 */
  down_account_nick?: string;
  /** 销售主订单号（采购单） */
  main_purchase_order_no?: Int64;
  /** 销售子订单号（采购单） */
  sub_purchase_order_no?: Int64;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  main_channel_order_no: 'String',
  page_size: 'Number',
  page_number: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  page_size: 'Number',
  page_number: 'Number',
  page_elements: [
    {
      refund_id: 'Number',
      refund_type_desc: 'String',
      refund_status_desc: 'String',
      main_channel_order_no: 'String',
      purchase_order_pay_fee: 'Number',
      refund_fee: 'Number',
      refund_reason_desc: 'String',
      refund_create_date: 'Date',
      purchase_order_status: 'String',
      down_account_nick: 'String',
      main_purchase_order_no: 'Number',
      sub_purchase_order_no: 'Number',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `tmall.channel.trade.refundorder.gets`: method, response root, request and response schemas. */
export const tmallChannelTradeRefundorderGetsOperation = {
  method: 'tmall.channel.trade.refundorder.gets',
  responseRoot: 'tmall_channel_trade_refundorder_gets_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商查询退款单 — calls TOP method `tmall.channel.trade.refundorder.gets`.
 *
 * 供应商分页查询退款单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallChannelTradeRefundorderGets(
  client: TopClient,
  request: TmallChannelTradeRefundorderGetsRequest = {},
  options?: CallOptions,
): Promise<TmallChannelTradeRefundorderGetsResponse> {
  return client.call<TmallChannelTradeRefundorderGetsResponse>(
    {
      method: 'tmall.channel.trade.refundorder.gets',
      responseRoot: 'tmall_channel_trade_refundorder_gets_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
