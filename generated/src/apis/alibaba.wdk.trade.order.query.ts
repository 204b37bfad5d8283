// Generated from specs/trade/alibaba.wdk.trade.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.order.query` (查询外部交易订单接口). */
export interface AlibabaWdkTradeOrderQueryRequest {
  /** 订单查询 */
  query?: AlibabaWdkTradeOrderQueryTradeOrderQueryInput;
}

/** Response of `alibaba.wdk.trade.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeOrderQueryResponse {
  /** 查询结果 */
  result?: AlibabaWdkTradeOrderQueryTradeOrderQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeOrderQuery` of `alibaba.wdk.trade.order.query`. */
export interface AlibabaWdkTradeOrderQueryTradeOrderQueryInput {
  /** 查询变动结束时间 */
  end_time?: DateInput;
  /** 查询变动开始时间 */
  start_time?: DateInput;
  /** 业务订单标识 */
  biz_order_ids?: string[];
  /** 门店标识 */
  shop_id?: string;
  /** 分页页码 */
  page_index?: Int64Input;
  /** 分页大小（不大于20） */
  page_size?: Int64Input;
  /** 买家标识 */
  user_id?: string;
}

/** `TradeOrderQueryResult` of `alibaba.wdk.trade.order.query`. */
export interface AlibabaWdkTradeOrderQueryTradeOrderQueryResult {
  /** 查询是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 分页大小 */
  page_size?: Int64;
  /** 分页页码 */
  page_index?: Int64;
  /** 页码数量 */
  page_count?: Int64;
  /** 数据数量 */
  total_count?: Int64;
  /** 订单查询结果 */
  trade_list?: AlibabaWdkTradeOrderQueryTradeorders[];
}

/** `Tradeorders` of `alibaba.wdk.trade.order.query`. */
export interface AlibabaWdkTradeOrderQueryTradeorders {
  /** 折扣金额 */
  discount_fee?: Int64;
  /** 买家昵称 */
  user_nick?: string;
  /** 订单状态 */
  order_status?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 原金额 */
  origin_fee?: Int64;
  /** 买家留言 */
  user_mem?: string;
  /** 订单履约状态 */
  order_fulfill_status?: string;
  /** 订单配送信息 */
  deliverer?: AlibabaWdkTradeOrderQueryOrderDeliverer;
  /** 支付金额 */
  pay_fee?: Int64;
  /** 门店编码 */
  shop_id?: string;
  /** 买家标识 */
  user_id?: string;
  /** 业务订单标识 */
  biz_order_id?: string;
  /** 收货人信息 */
  delivery?: AlibabaWdkTradeOrderQueryOrderDelivery;
  /** 商家编码 */
  merchant_code?: string;
  /** 子订单 */
  sub_orders?: AlibabaWdkTradeOrderQuerySuborders[];
  /** 外部关联订单标识 */
  out_order_id?: string;
}

/** `OrderDeliverer` of `alibaba.wdk.trade.order.query`. */
export interface AlibabaWdkTradeOrderQueryOrderDeliverer {
  /** 配送人员编码 */
  deliverer_code?: string;
  /** 配送人员电话 */
  deliverer_phone?: string;
  /** 配送人员姓名 */
  deliverer_name?: string;
  /** 签收备注 */
  sign_memo?: string;
  /** 签收时间 */
  sign_time?: string;
  /** 配送开始时间 */
  dispatch_end_time?: string;
  /** 配送结束时间 */
  dispatch_start_time?: string;
  /** 批次开始时间 */
  batch_start_time?: string;
  /** 批次结束时间 */
  batch_end_time?: string;
  /** 拣货开始时间 */
  pickup_start_time?: string;
  /** 拣货结束时间 */
  pickup_end_time?: string;
  /** 打包结束时间 */
  package_end_time?: string;
  /** 打包开始时间 */
  package_start_time?: string;
}

/** `OrderDelivery` of `alibaba.wdk.trade.order.query`. */
export interface AlibabaWdkTradeOrderQueryOrderDelivery {
  /** 期望配送开始时间 */
  delivery_start_time?: string;
  /** 收货人姓名 */
  consignee_name?: string;
  /** 期望配送结束时间 */
  delivery_end_time?: string;
  /** 配送坐标 */
  delivery_geo?: string;
  /** 配送费金额 */
  delivery_fee?: Int64;
  /** 配送地址 */
  delivery_address?: string;
  /** 收货人电话 */
  consignee_phone?: string;
}

/** `Suborders` of `alibaba.wdk.trade.order.query`. */
export interface AlibabaWdkTradeOrderQuerySuborders {
  /** 销售单位（非标品） */
  sale_unit?: string;
  /** 订单履约状态 */
  order_fulfill_status?: string;
  /** 销售数量 */
  sale_quantity?: Int64;
  /** sku名称 */
  sku_name?: string;
  /** 销售单价 */
  sale_price?: Int64;
  /** 业务订单标识 */
  biz_order_id?: string;
  /** 订单状态 */
  order_status?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 是否加工 */
  handling?: boolean;
  /** sku编码 */
  sku_code?: string;
  /** 加工方式 */
  handling_type?: string;
  /** 外部关联订单标识 */
  out_order_id?: string;
  /** 订单原价 */
  origin_fee?: Int64;
  /** 销售实物库存 */
  sale_stock_quantity?: string;
  /** 实物库存单位 */
  stock_unit?: string;
  /** 拣货数量 */
  pick_sale_quantity?: Int64;
  /** 拣货金额 */
  pick_stock_fee?: Int64;
  /** 拣货实物库存数量 */
  pick_sale_stock_quantity?: string;
  /** 子订单实际支付金额 */
  pay_fee?: Int64;
  /** 子订单优惠金额 */
  discount_fee?: Int64;
  /** 取消时的作业节点:NO_BATCHED(合批前)，WAREHOUSE(仓)，DELIVERY_DOCK(配) */
  cancel_node_type?: string;
  /** 取消结果: SUCCESS-已拦截，FAILURE-未拦截，SYSTEM_ERROR-系统异常，PARAM_ERROR-参数错误，BUSINESS_ERROR-业务异常 */
  cancel_result_code?: string;
}

const REQUEST_SCHEMA = {
  query: {
    end_time: 'Date',
    start_time: 'Date',
    biz_order_ids: ['String'],
    shop_id: 'String',
    page_index: 'Number',
    page_size: 'Number',
    user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    page_size: 'Number',
    page_index: 'Number',
    page_count: 'Number',
    total_count: 'Number',
    trade_list: [
      {
        discount_fee: 'Number',
        user_nick: 'String',
        order_status: 'String',
        pay_time: 'Date',
        origin_fee: 'Number',
        user_mem: 'String',
        order_fulfill_status: 'String',
        deliverer: {
          deliverer_code: 'String',
          deliverer_phone: 'String',
          deliverer_name: 'String',
          sign_memo: 'String',
          sign_time: 'Date',
          dispatch_end_time: 'Date',
          dispatch_start_time: 'Date',
          batch_start_time: 'Date',
          batch_end_time: 'Date',
          pickup_start_time: 'Date',
          pickup_end_time: 'Date',
          package_end_time: 'Date',
          package_start_time: 'Date',
        },
        pay_fee: 'Number',
        shop_id: 'String',
        user_id: 'String',
        biz_order_id: 'String',
        delivery: {
          delivery_start_time: 'Date',
          consignee_name: 'String',
          delivery_end_time: 'Date',
          delivery_geo: 'String',
          delivery_fee: 'Number',
          delivery_address: 'String',
          consignee_phone: 'String',
        },
        merchant_code: 'String',
        sub_orders: [
          {
            sale_unit: 'String',
            order_fulfill_status: 'String',
            sale_quantity: 'Number',
            sku_name: 'String',
            sale_price: 'Number',
            biz_order_id: 'String',
            order_status: 'String',
            merchant_code: 'String',
            handling: 'Boolean',
            sku_code: 'String',
            handling_type: 'String',
            out_order_id: 'String',
            origin_fee: 'Number',
            sale_stock_quantity: 'String',
            stock_unit: 'String',
            pick_sale_quantity: 'Number',
            pick_stock_fee: 'Number',
            pick_sale_stock_quantity: 'String',
            pay_fee: 'Number',
            discount_fee: 'Number',
            cancel_node_type: 'String',
            cancel_result_code: 'String',
          },
        ],
        out_order_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.order.query`: method, response root, request and response schemas. */
export const alibabaWdkTradeOrderQueryOperation = {
  method: 'alibaba.wdk.trade.order.query',
  responseRoot: 'alibaba_wdk_trade_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询外部交易订单接口 — calls TOP method `alibaba.wdk.trade.order.query`.
 *
 * 通过该接口可以在盒马查询交易订单，并处理相关业务流程。主要用于和外部商户的订单进行同步和融合业务流程处理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeOrderQuery(
  client: TopClient,
  request: AlibabaWdkTradeOrderQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkTradeOrderQueryResponse> {
  return client.call<AlibabaWdkTradeOrderQueryResponse>(
    {
      method: 'alibaba.wdk.trade.order.query',
      responseRoot: 'alibaba_wdk_trade_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
