// Generated from specs/trade/alibaba.wdk.trade.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.order.cancel` (外部交易订单取消接口). */
export interface AlibabaWdkTradeOrderCancelRequest {
  /** 待取消的订单 */
  trade?: AlibabaWdkTradeOrderCancelTradeOrderInput;
}

/** Response of `alibaba.wdk.trade.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeOrderCancelResponse {
  /** 执行结果 */
  result?: AlibabaWdkTradeOrderCancelOrderResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeOrder` of `alibaba.wdk.trade.order.cancel`. */
export interface AlibabaWdkTradeOrderCancelTradeOrderInput {
  /** 门店标识 */
  shop_id: string;
  /** 业务订单标识 */
  biz_order_id: string;
  /** 业务子订单标识(允许为null) */
  sub_biz_order_ids?: string[];
}

/** `OrderResult` of `alibaba.wdk.trade.order.cancel`. */
export interface AlibabaWdkTradeOrderCancelOrderResult {
  /** 错误编码 */
  error_code?: string;
  /** 错误消息 */
  error_msg?: string;
  /** 是否取消成功 */
  success?: boolean;
  /** 取消的订单 */
  result?: AlibabaWdkTradeOrderCancelOrderObject;
}

/** `OrderObject` of `alibaba.wdk.trade.order.cancel`. */
export interface AlibabaWdkTradeOrderCancelOrderObject {
  /** 优惠金额 */
  discount_fee?: Int64;
  /** 用户昵称 */
  user_nick?: string;
  /** 订单状态 PAID_DONE 已付款 ACCEPT_ORDER 已接单 PICK_ORDER 已拣货 SHIPPED 已发货 TRADE_SUCCESS 交易成功 TRADE_CLOSE 交易关闭 */
  order_status?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 订单原金额 */
  origin_fee?: Int64;
  /** 用户备注 */
  user_mem?: string;
  /** 订单履约状态 ACCEPTED 接单 REJECTED 拒单 CANCELED 取消订单 SHIPPING 揽收（配送中） REFUSED 用户拒收 SHIPPED TIMEOUTSHIPPED 超时签收 RESHIPPED 二次妥投 OUTOFSTOCK 缺货出 FOODPROCESSDONE 加工完成 PACKAGED 打包完成 REFUNDED 逆向终态（已取货入站&退款完成） */
  order_fulfill_status?: string;
  /** 配送人员信息 */
  deliverer?: AlibabaWdkTradeOrderCancelOrderDeliverer;
  /** 实际支付金额 */
  pay_fee?: Int64;
  /** 门店标识 */
  shop_id?: string;
  /** 买家标识 */
  user_id?: string;
  /** 业务订单标识 */
  biz_order_id?: string;
  /** 收货人信息 */
  delivery?: AlibabaWdkTradeOrderCancelOrderDelivery;
  /** 商家编码 */
  merchant_code?: string;
  /** 子订单 */
  sub_orders?: AlibabaWdkTradeOrderCancelSuborders[];
  /** 业务订单标识 */
  out_order_id?: string;
}

/** `OrderDeliverer` of `alibaba.wdk.trade.order.cancel`. */
export interface AlibabaWdkTradeOrderCancelOrderDeliverer {
  /** 配送人员编码 */
  deliverer_code?: string;
  /** 配送人员电话 */
  deliverer_phone?: string;
  /** 配送人员姓名 */
  deliverer_name?: string;
  /** 拣货结束时间 */
  pickup_end_time?: string;
  /** 拣货开始时间 */
  pickup_start_time?: string;
  /** 批次结束时间 */
  batch_end_time?: string;
  /** 批次开始时间 */
  batch_start_time?: string;
  /** 签收时间 */
  sign_time?: string;
  /** 配送结束时间 */
  dispatch_end_time?: string;
  /** 配送开始时间 */
  dispatch_start_time?: string;
  /** 打包结束时间 */
  package_end_time?: string;
  /** 打包开始时间 */
  package_start_time?: string;
  /** 签收备注 */
  sign_memo?: string;
}

/** `OrderDelivery` of `alibaba.wdk.trade.order.cancel`. */
export interface AlibabaWdkTradeOrderCancelOrderDelivery {
  /** 配送费用金额 */
  delivery_fee?: Int64;
}

/** `Suborders` of `alibaba.wdk.trade.order.cancel`. */
export interface AlibabaWdkTradeOrderCancelSuborders {
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
  /** 订单金额 */
  origin_fee?: Int64;
  /** 取消时的作业节点:WAREHOUSE和DELIVERY_DOCK */
  cancel_node_type?: string;
  /** 取消结果: SUCCESS-已拦截，FAILURE-未拦截，SYSTEM_ERROR-系统异常，PARAM_ERROR-参数错误，BUSINESS_ERROR-业务异常 */
  cancel_result_code?: string;
}

const REQUEST_SCHEMA = {
  trade: {
    shop_id: 'String',
    biz_order_id: 'String',
    sub_biz_order_ids: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    result: {
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
        pickup_end_time: 'Date',
        pickup_start_time: 'Date',
        batch_end_time: 'Date',
        batch_start_time: 'Date',
        sign_time: 'Date',
        dispatch_end_time: 'Date',
        dispatch_start_time: 'Date',
        package_end_time: 'Date',
        package_start_time: 'Date',
        sign_memo: 'String',
      },
      pay_fee: 'Number',
      shop_id: 'String',
      user_id: 'String',
      biz_order_id: 'String',
      delivery: {
        delivery_fee: 'Number',
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
          cancel_node_type: 'String',
          cancel_result_code: 'String',
        },
      ],
      out_order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.order.cancel`: method, response root, request and response schemas. */
export const alibabaWdkTradeOrderCancelOperation = {
  method: 'alibaba.wdk.trade.order.cancel',
  responseRoot: 'alibaba_wdk_trade_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部交易订单取消接口 — calls TOP method `alibaba.wdk.trade.order.cancel`.
 *
 * 通过该接口可以再盒马取消交易订单，并处理相关业务流程。主要用于和外部商户的订单进行同步和融合业务流程处理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeOrderCancel(
  client: TopClient,
  request: AlibabaWdkTradeOrderCancelRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkTradeOrderCancelResponse> {
  return client.call<AlibabaWdkTradeOrderCancelResponse>(
    {
      method: 'alibaba.wdk.trade.order.cancel',
      responseRoot: 'alibaba_wdk_trade_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
