// Generated from specs/wdk/alibaba.wdk.order.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.order.refund.get` (五道口订单退款按ID查询). */
export interface AlibabaWdkOrderRefundGetRequest {
  /**
   * 五道口订单列表（子订单）
   *
   * Max list size: 20
   */
  biz_order_ids?: Int64Input[];
  /**
   * 退款订单列表
   *
   * Max list size: 20
   */
  refund_ids?: Int64Input[];
  /** 渠道来源 3：饿了么 4：盒马 */
  order_from?: Int64Input;
  /** 渠道店id */
  shop_id?: string;
  /** 经营店id */
  store_id?: string;
}

/** Response of `alibaba.wdk.order.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOrderRefundGetResponse {
  /** 结果 */
  result?: AlibabaWdkOrderRefundGetOrderSyncRefundListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderSyncRefundListResult` of `alibaba.wdk.order.refund.get`. */
export interface AlibabaWdkOrderRefundGetOrderSyncRefundListResult {
  /** 下一页 */
  next_index?: Int64;
  /** 退款单具体详情 */
  orders?: AlibabaWdkOrderRefundGetOrderSyncRefundDto[];
  /** 结果code */
  return_code?: string;
  /** 返回的信息 */
  return_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 总数量 */
  total_number?: Int64;
}

/** `OrderSyncRefundDto` of `alibaba.wdk.order.refund.get`. */
export interface AlibabaWdkOrderRefundGetOrderSyncRefundDto {
  /** 库存单位购买数量 */
  buy_amount_stock?: string;
  /** 商品skucode */
  item_code?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 非标品购买数量 */
  ns_quantity?: string;
  /** 操作人id */
  operator_id?: string;
  /** 操作人名称 */
  operator_name?: string;
  /** 盒马子订单号 */
  origin_order_id?: Int64;
  /** 盒马主订单号 */
  origin_parent_id?: Int64;
  /** 库存单位拣货数量 */
  pick_amount_stock?: string;
  /** 原购买数量 */
  quantity?: Int64;
  /** 退款金额 */
  refund_amount?: Int64;
  /** 退款渠道列表 */
  refund_channel_list?: AlibabaWdkOrderRefundGetOrderSyncRefundChannel[];
  /** 退款单id */
  refund_order_id?: Int64;
  /** 退货数量 */
  refund_quantity?: string;
  /** 退款时间 */
  refund_time?: string;
  /** 退款类型 */
  refund_type?: Int64;
  /** 非标品单位 */
  sell_unit?: string;
  /** 店铺码 */
  store_id?: string;
  /** 同步状态 */
  sync_status?: string;
  /** 淘系子订单号 */
  tb_biz_order_id?: Int64;
  /** 跑批时间 */
  batch_time?: string;
  /** 实际取货数量 */
  actual_pick_quantity?: string;
  /** 实际退货数量 */
  actual_refund_quantity?: string;
  /** 履约状态 */
  promise_status?: string;
  /** 退款运费，单位为分 */
  refund_post_fee?: Int64;
  /** stockUnit */
  stock_unit?: string;
  /** saleUnit */
  sale_unit?: string;
  /** 淘系主订单号 */
  tb_biz_parent_id?: Int64;
  /** 附加属性 */
  attributes?: string;
  /** 交易属性 */
  trade_attributes?: string;
  /** 商品skucode */
  sku_code?: string;
  /** open_uid */
  open_uid?: string;
  /** 2:app 3:pos */
  order_client?: Int64;
  /** 渠道来源 3：饿了么 4：盒马 */
  order_from?: Int64;
  /** 外部子订单号 */
  out_order_id?: string;
  /** 外部主订单号 */
  out_mian_order_id?: string;
  /** 渠道店id */
  shop_id?: string;
  /** 外部skuCode */
  out_sku_code?: string;
  /** 纠纷类型 1：售中 2：售后 */
  dispute_type?: Int64;
  /** 外部退款id */
  out_refund_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
  /** 退款业务单号 */
  biz_main_refund_id?: string;
  /** 外部退款单号 */
  out_main_refund_id?: string;
}

/** `OrderSyncRefundChannel` of `alibaba.wdk.order.refund.get`. */
export interface AlibabaWdkOrderRefundGetOrderSyncRefundChannel {
  /** 退款金额 */
  refund_amount?: Int64;
  /** 退款渠道 */
  refund_channel?: Int64;
  /** 退款单id */
  refund_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  biz_order_ids: ['Number'],
  refund_ids: ['Number'],
  order_from: 'Number',
  shop_id: 'String',
  store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    next_index: 'Number',
    orders: [
      {
        buy_amount_stock: 'String',
        item_code: 'String',
        merchant_code: 'String',
        ns_quantity: 'String',
        operator_id: 'String',
        operator_name: 'String',
        origin_order_id: 'Number',
        origin_parent_id: 'Number',
        pick_amount_stock: 'String',
        quantity: 'Number',
        refund_amount: 'Number',
        refund_channel_list: [
          {
            refund_amount: 'Number',
            refund_channel: 'Number',
            refund_order_id: 'Number',
          },
        ],
        refund_order_id: 'Number',
        refund_quantity: 'String',
        refund_time: 'Date',
        refund_type: 'Number',
        sell_unit: 'String',
        store_id: 'String',
        sync_status: 'String',
        tb_biz_order_id: 'Number',
        batch_time: 'Date',
        actual_pick_quantity: 'String',
        actual_refund_quantity: 'String',
        promise_status: 'String',
        refund_post_fee: 'Number',
        stock_unit: 'String',
        sale_unit: 'String',
        tb_biz_parent_id: 'Number',
        attributes: 'String',
        trade_attributes: 'String',
        sku_code: 'String',
        open_uid: 'String',
        order_client: 'Number',
        order_from: 'Number',
        out_order_id: 'String',
        out_mian_order_id: 'String',
        shop_id: 'String',
        out_sku_code: 'String',
        dispute_type: 'Number',
        out_refund_id: 'String',
        out_shop_id: 'String',
        biz_main_refund_id: 'String',
        out_main_refund_id: 'String',
      },
    ],
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    total_number: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.order.refund.get`: method, response root, request and response schemas. */
export const alibabaWdkOrderRefundGetOperation = {
  method: 'alibaba.wdk.order.refund.get',
  responseRoot: 'alibaba_wdk_order_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口订单退款按ID查询 — calls TOP method `alibaba.wdk.order.refund.get`.
 *
 * 按照退款ID或者五道口中台订单ID查询退款信息详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOrderRefundGet(
  client: TopClient,
  request: AlibabaWdkOrderRefundGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkOrderRefundGetResponse> {
  return client.call<AlibabaWdkOrderRefundGetResponse>(
    {
      method: 'alibaba.wdk.order.refund.get',
      responseRoot: 'alibaba_wdk_order_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
