// Generated from specs/wdk/alibaba.wdk.supplier.order.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.supplier.order.list` (五道口供应商维度正向订单拉取). */
export interface AlibabaWdkSupplierOrderListRequest {
  /** 查询参数 */
  supplier_order_query_request?: AlibabaWdkSupplierOrderListSupplierOrderQueryRequestInput;
}

/** Response of `alibaba.wdk.supplier.order.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSupplierOrderListResponse {
  /** result */
  result?: AlibabaWdkSupplierOrderListOrderListSyncPagedResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierOrderQueryRequest` of `alibaba.wdk.supplier.order.list`. */
export interface AlibabaWdkSupplierOrderListSupplierOrderQueryRequestInput {
  /** 订单来源，4：盒马，3：饿了么 */
  order_from?: Int64Input;
  /** 经营店id */
  store_id?: string;
  /** 实际售卖商家code */
  source_merchant_code?: string;
  /** 结束时间 */
  end_time?: DateInput;
  /** 开始时间 */
  start_time?: DateInput;
  /** 分页页码，从0开始 */
  page_index?: Int64Input;
  /** 分页大小，默认200 */
  page_size?: Int64Input;
  /** 下单终端: APP 、POS */
  order_client?: string;
  /** 订单状态: PAID / PACAKAGED / SUCCESS */
  order_status?: string[];
  /** 渠道店id */
  shop_id?: string;
}

/** `OrderListSyncPagedResult` of `alibaba.wdk.supplier.order.list`. */
export interface AlibabaWdkSupplierOrderListOrderListSyncPagedResult {
  /** 返回下一查询页的序号。如果返回值是-1，则无下一页。数据拉取完成。 */
  next_index?: Int64;
  /** returnCode */
  return_code?: string;
  /** returnMsg */
  return_msg?: string;
  /** 订单总数量 */
  total_number?: string;
  /** 订单列表 */
  orders?: AlibabaWdkSupplierOrderListOrderSyncDto[];
  /** success */
  success?: boolean;
}

/** `OrderSyncDto` of `alibaba.wdk.supplier.order.list`. */
export interface AlibabaWdkSupplierOrderListOrderSyncDto {
  /** 买家id对应的open_uid，加密过 */
  open_uid?: string;
  /** 扩展map */
  trade_attributes?: string;
  /** 班次号 */
  duty_code?: string;
  /** 赠券，格式为 券ID_券金额， 金额单位为分 */
  gift_coupon?: string;
  /** 打包时间 */
  package_time?: string;
  /** 会员积分 */
  member_point?: string;
  /** 订单状态 */
  order_status?: string;
  /** 商家code */
  merchant_code?: string;
  /** 收银员名称 */
  operator_name?: string;
  /** 淘宝订单号 */
  tb_biz_order_id?: Int64;
  /** 收银员id */
  operator_id?: string;
  /** 会员卡号 */
  member_card_num?: string;
  /** 会员优惠金额，单位分 */
  member_discount_amt?: Int64;
  /** 经营店id */
  store_id?: string;
  /** 邮费 */
  post_fee?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 商品总原价 */
  original_amt?: Int64;
  /** 总优惠金额 */
  discount_amt?: Int64;
  /** 盒马订单号 */
  biz_order_id?: Int64;
  /** 外部订单号 */
  out_order_id?: string;
  /** 渠道店id */
  shop_id?: string;
  /** 实际售卖商家code */
  source_merchant_code?: string;
  /** 订单渠道，4：盒马，3：饿了么 */
  order_from?: Int64;
  /** 下单终端: APP,POS */
  order_client?: string;
  /** subOrders */
  sub_orders?: AlibabaWdkSupplierOrderListSubOrderSyncDto[];
  /** payChannels */
  pay_channels?: AlibabaWdkSupplierOrderListPayChannel[];
}

/** `SubOrderSyncDto` of `alibaba.wdk.supplier.order.list`. */
export interface AlibabaWdkSupplierOrderListSubOrderSyncDto {
  /** 外部SkuCode */
  out_sku_code?: string;
  /** skuCode */
  sku_code?: string;
  /** 扩展属性map */
  trade_sub_attributes?: string;
  /** 库存单位 */
  stock_unit?: string;
  /** 售卖单位 */
  sale_unit?: string;
  /** 盒马订单号 */
  biz_order_id?: Int64;
  /** 淘宝订单号 */
  tb_biz_order_id?: Int64;
  /** 外部订单号 */
  out_order_id?: string;
  /** 库存单位拣货数量 */
  pick_amount_stock?: string;
  /** 拣货金额，单位分 */
  pick_amt?: Int64;
  /** 库存单位购买数量 */
  buy_amount_stock?: string;
  /** 订单类型 COMMON，GIFT */
  order_type?: string;
  /** 淘鲜达分摊金额 */
  txd_pmt_amt?: Int64;
  /** 子订单状态 */
  order_status?: string;
  /** 履约各状态时间 */
  status_change_time?: string;
  /** 单价 */
  price?: Int64;
  /** 原价=单价*库存单位购买数量 */
  original_amt?: Int64;
  /** 优惠金额 */
  promotion_discount_amt?: Int64;
  /** 会员优惠金额 */
  member_discount_amt?: Int64;
  /** 优惠来源明细，json格式的字符串，是个数组，可能包含多个优惠来源 */
  promotion_info?: string;
}

/** `PayChannel` of `alibaba.wdk.supplier.order.list`. */
export interface AlibabaWdkSupplierOrderListPayChannel {
  /** payType */
  pay_type?: Int64;
  /** payAmount */
  pay_amount?: Int64;
  /** actualPayAmount */
  actual_pay_amount?: Int64;
  /** payAttributes */
  pay_attributes?: string;
}

const REQUEST_SCHEMA = {
  supplier_order_query_request: {
    order_from: 'Number',
    store_id: 'String',
    source_merchant_code: 'String',
    end_time: 'Date',
    start_time: 'Date',
    page_index: 'Number',
    page_size: 'Number',
    order_client: 'String',
    order_status: ['String'],
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    next_index: 'Number',
    return_code: 'String',
    return_msg: 'String',
    total_number: 'String',
    orders: [
      {
        open_uid: 'String',
        trade_attributes: 'String',
        duty_code: 'String',
        gift_coupon: 'String',
        package_time: 'Date',
        member_point: 'String',
        order_status: 'String',
        merchant_code: 'String',
        operator_name: 'String',
        tb_biz_order_id: 'Number',
        operator_id: 'String',
        member_card_num: 'String',
        member_discount_amt: 'Number',
        store_id: 'String',
        post_fee: 'Number',
        pay_time: 'Date',
        original_amt: 'Number',
        discount_amt: 'Number',
        biz_order_id: 'Number',
        out_order_id: 'String',
        shop_id: 'String',
        source_merchant_code: 'String',
        order_from: 'Number',
        order_client: 'String',
        sub_orders: [
          {
            out_sku_code: 'String',
            sku_code: 'String',
            trade_sub_attributes: 'String',
            stock_unit: 'String',
            sale_unit: 'String',
            biz_order_id: 'Number',
            tb_biz_order_id: 'Number',
            out_order_id: 'String',
            pick_amount_stock: 'String',
            pick_amt: 'Number',
            buy_amount_stock: 'String',
            order_type: 'String',
            txd_pmt_amt: 'Number',
            order_status: 'String',
            status_change_time: 'String',
            price: 'Number',
            original_amt: 'Number',
            promotion_discount_amt: 'Number',
            member_discount_amt: 'Number',
            promotion_info: 'String',
          },
        ],
        pay_channels: [
          {
            pay_type: 'Number',
            pay_amount: 'Number',
            actual_pay_amount: 'Number',
            pay_attributes: 'String',
          },
        ],
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.supplier.order.list`: method, response root, request and response schemas. */
export const alibabaWdkSupplierOrderListOperation = {
  method: 'alibaba.wdk.supplier.order.list',
  responseRoot: 'alibaba_wdk_supplier_order_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口供应商维度正向订单拉取 — calls TOP method `alibaba.wdk.supplier.order.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSupplierOrderList(
  client: TopClient,
  request: AlibabaWdkSupplierOrderListRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSupplierOrderListResponse> {
  return client.call<AlibabaWdkSupplierOrderListResponse>(
    {
      method: 'alibaba.wdk.supplier.order.list',
      responseRoot: 'alibaba_wdk_supplier_order_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
