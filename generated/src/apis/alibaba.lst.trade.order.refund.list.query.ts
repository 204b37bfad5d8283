// Generated from specs/lsttrade/alibaba.lst.trade.order.refund.list.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.order.refund.list.query` (查询退款单列表(卖家视角)). */
export interface AlibabaLstTradeOrderRefundListQueryRequest {
  /** 输入参数 */
  param?: AlibabaLstTradeOrderRefundListQueryTopLstSupplierOrderRefundQueryInput;
}

/** Response of `alibaba.lst.trade.order.refund.list.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeOrderRefundListQueryResponse {
  /** 总数 */
  total?: Int64;
  /** 每页数量 */
  size?: Int64;
  /** 当前页 */
  page?: Int64;
  /** 列表数据 */
  content_list?: AlibabaLstTradeOrderRefundListQueryContent[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopLstSupplierOrderRefundQuery` of `alibaba.lst.trade.order.refund.list.query`. */
export interface AlibabaLstTradeOrderRefundListQueryTopLstSupplierOrderRefundQueryInput {
  /** 1:售中退款，2:售后退款；0:所有退款单 */
  refund_type?: Int64Input;
  /** 退款申请时间（起始） */
  apply_end_time?: DateInput;
  /** 主订单Id */
  order_id?: Int64Input;
  /** 查询页码 */
  current_page_num?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
  /** 退款状态，等待卖家同意("waitselleragree"), 退款成功("refundsuccess"), 退款关闭("refundclose"), 待买家修改("waitbuyermodify"), 等待买家退货("waitbuyersend"), 等待卖家确认收货("waitsellerreceive"); */
  refund_status?: string;
  /** 买家userid */
  buyer_user_id?: Int64Input;
  /** 退款单id */
  refund_id?: string;
  /** 退款申请时间(截止) */
  apply_start_time?: DateInput;
}

/** `Content` of `alibaba.lst.trade.order.refund.list.query`. */
export interface AlibabaLstTradeOrderRefundListQueryContent {
  /** 退款数量 */
  refund_count?: Int64;
  /** 退款描述 */
  discription?: string;
  /** 退款原因 */
  apply_reason?: string;
  /** 运费，单位分 */
  freight?: Int64;
  /** 退款状态，等待卖家同意("waitselleragree"), 退款成功("refundsuccess"), 退款关闭("refundclose"), 待买家修改("waitbuyermodify"), 等待买家退货("waitbuyersend"), 等待卖家确认收货("waitsellerreceive"); */
  refund_status?: string;
  /** 子单 */
  sub_orders?: AlibabaLstTradeOrderRefundListQuerySubOrders[];
  /** 退款完成时间 */
  gmt_completed?: string;
  /** 买家的loginId */
  buyer_login_id?: string;
  /** 仓库类型 */
  warehouse_type?: string;
  /** 申请退款时间 */
  gmt_apply?: string;
  /** 退款单ID */
  refund_id?: string;
  /** 退款金额，单位分 */
  refund_payment?: Int64;
  /** 店铺名称 */
  buyer_shop_name?: string;
  /** 主订单id */
  main_order_id?: Int64;
}

/** `SubOrders` of `alibaba.lst.trade.order.refund.list.query`. */
export interface AlibabaLstTradeOrderRefundListQuerySubOrders {
  /** 退款数量 */
  refund_count?: Int64;
  /** 子单ID */
  sub_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  param: {
    refund_type: 'Number',
    apply_end_time: 'Date',
    order_id: 'Number',
    current_page_num: 'Number',
    page_size: 'Number',
    refund_status: 'String',
    buyer_user_id: 'Number',
    refund_id: 'String',
    apply_start_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total: 'Number',
  size: 'Number',
  page: 'Number',
  content_list: [
    {
      refund_count: 'Number',
      discription: 'String',
      apply_reason: 'String',
      freight: 'Number',
      refund_status: 'String',
      sub_orders: [
        {
          refund_count: 'Number',
          sub_order_id: 'Number',
        },
      ],
      gmt_completed: 'Date',
      buyer_login_id: 'String',
      warehouse_type: 'String',
      gmt_apply: 'Date',
      refund_id: 'String',
      refund_payment: 'Number',
      buyer_shop_name: 'String',
      main_order_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.order.refund.list.query`: method, response root, request and response schemas. */
export const alibabaLstTradeOrderRefundListQueryOperation = {
  method: 'alibaba.lst.trade.order.refund.list.query',
  responseRoot: 'alibaba_lst_trade_order_refund_list_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询退款单列表(卖家视角) — calls TOP method `alibaba.lst.trade.order.refund.list.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeOrderRefundListQuery(
  client: TopClient,
  request: AlibabaLstTradeOrderRefundListQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstTradeOrderRefundListQueryResponse> {
  return client.call<AlibabaLstTradeOrderRefundListQueryResponse>(
    {
      method: 'alibaba.lst.trade.order.refund.list.query',
      responseRoot: 'alibaba_lst_trade_order_refund_list_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
