// Generated from specs/wdk/alibaba.wdk.supplier.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.supplier.order.get` (五道口按订单号批量查询供应商正向订单). */
export interface AlibabaWdkSupplierOrderGetRequest {
  /** 查询参数 */
  supplier_order_query_list_request?: AlibabaWdkSupplierOrderGetSupplierOrderQueryListRequestInput;
}

/** Response of `alibaba.wdk.supplier.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSupplierOrderGetResponse {
  /** result */
  result?: AlibabaWdkSupplierOrderGetOrderListSyncPagedResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierOrderQueryListRequest` of `alibaba.wdk.supplier.order.get`. */
export interface AlibabaWdkSupplierOrderGetSupplierOrderQueryListRequestInput {
  /** 订单渠道来源 */
  order_from?: Int64Input;
  /** 商场code */
  source_merchant_code?: string;
  /** 淘宝订单号 */
  tb_biz_id_list?: Int64Input[];
  /** 盒马订单号 */
  biz_id_list?: Int64Input[];
}

/** `OrderListSyncPagedResult` of `alibaba.wdk.supplier.order.get`. */
export interface AlibabaWdkSupplierOrderGetOrderListSyncPagedResult {
  /** 返回订单总数量 */
  total_number?: Int64;
  /** returnMsg */
  return_msg?: string;
  /** returnCode */
  return_code?: string;
  /** orders */
  orders?: AlibabaWdkSupplierOrderGetOrderSyncDto[];
  /** success */
  success?: boolean;
}

/** `OrderSyncDto` of `alibaba.wdk.supplier.order.get`. */
export interface AlibabaWdkSupplierOrderGetOrderSyncDto {
  /** 渠道店id */
  shop_id?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** 赠券，格式为 券ID_券金额， 金额单位为分 */
  gift_coupon?: string;
  /** 买家id对应的open_uid，加密过 */
  open_uid?: string;
  /** 扩展属性map */
  trade_attributes?: string;
  /** 收银班次号 */
  duty_code?: string;
  /** 打包时间 */
  package_time?: string;
  /** 会员积分 */
  member_point?: string;
  /** 订单状态 PAID：已支付 PACKAGED:已打包 SUCCESS：已收货，订单完成 */
  order_status?: string;
  /** 供应商code */
  merchant_code?: string;
  /** 收银员名称 */
  operator_name?: string;
  /** 淘宝订单号 */
  tb_biz_order_id?: Int64;
  /** 收银员id */
  operator_id?: string;
  /** 会员卡号 */
  member_card_num?: string;
  /** 会员优惠金额 */
  member_discount_amt?: Int64;
  /** 经营店id */
  store_id?: string;
  /** 邮费 */
  post_fee?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 商家总原价 */
  original_amt?: Int64;
  /** 总优惠金额 */
  discount_amt?: Int64;
  /** 盒马订单号 */
  biz_order_id?: Int64;
  /** 商场code */
  source_merchant_code?: string;
  /** 订单渠道来源 */
  order_from?: Int64;
  /** subOrders */
  sub_orders?: AlibabaWdkSupplierOrderGetSubOrderSyncDto[];
  /** 下单终端: APP,POS */
  order_client?: string;
}

/** `SubOrderSyncDto` of `alibaba.wdk.supplier.order.get`. */
export interface AlibabaWdkSupplierOrderGetSubOrderSyncDto {
  /** 会员优惠金额 */
  member_discount_amt?: Int64;
  /** 优惠金额 */
  promotion_discount_amt?: Int64;
  /** 原价 */
  original_amt?: Int64;
  /** 商品单价 */
  price?: Int64;
  /** 履约时间 */
  status_change_time?: string;
  /** 子订单状态 */
  order_status?: string;
  /** 淘鲜达分摊金额 */
  txd_pmt_amt?: Int64;
  /** 订单类型 COMMON，GIFT */
  order_type?: string;
  /** 购买库存单位数量 */
  buy_amount_stock?: string;
  /** 拣货金额 */
  pick_amt?: Int64;
  /** 拣货库存单位数量 */
  pick_amount_stock?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** 淘宝订单号 */
  tb_biz_order_id?: Int64;
  /** 盒马订单号 */
  biz_order_id?: Int64;
  /** 售卖单位 */
  sale_unit?: string;
  /** 库存单位 */
  stock_unit?: string;
  /** 扩展属性map */
  trade_sub_attributes?: string;
  /** sku码 */
  sku_code?: string;
  /** 外部sku码 */
  out_sku_code?: string;
  /** 优惠明细字段，json格式的字符串 */
  promotion_info?: string;
}

const REQUEST_SCHEMA = {
  supplier_order_query_list_request: {
    order_from: 'Number',
    source_merchant_code: 'String',
    tb_biz_id_list: ['Number'],
    biz_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_number: 'Number',
    return_msg: 'String',
    return_code: 'String',
    orders: [
      {
        shop_id: 'String',
        out_order_id: 'String',
        gift_coupon: 'String',
        open_uid: 'String',
        trade_attributes: 'String',
        duty_code: 'String',
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
        source_merchant_code: 'String',
        order_from: 'Number',
        sub_orders: [
          {
            member_discount_amt: 'Number',
            promotion_discount_amt: 'Number',
            original_amt: 'Number',
            price: 'Number',
            status_change_time: 'String',
            order_status: 'String',
            txd_pmt_amt: 'Number',
            order_type: 'String',
            buy_amount_stock: 'String',
            pick_amt: 'Number',
            pick_amount_stock: 'String',
            out_order_id: 'String',
            tb_biz_order_id: 'Number',
            biz_order_id: 'Number',
            sale_unit: 'String',
            stock_unit: 'String',
            trade_sub_attributes: 'String',
            sku_code: 'String',
            out_sku_code: 'String',
            promotion_info: 'String',
          },
        ],
        order_client: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.supplier.order.get`: method, response root, request and response schemas. */
export const alibabaWdkSupplierOrderGetOperation = {
  method: 'alibaba.wdk.supplier.order.get',
  responseRoot: 'alibaba_wdk_supplier_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口按订单号批量查询供应商正向订单 — calls TOP method `alibaba.wdk.supplier.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSupplierOrderGet(
  client: TopClient,
  request: AlibabaWdkSupplierOrderGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSupplierOrderGetResponse> {
  return client.call<AlibabaWdkSupplierOrderGetResponse>(
    {
      method: 'alibaba.wdk.supplier.order.get',
      responseRoot: 'alibaba_wdk_supplier_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
