// Generated from specs/wdk/alibaba.wdk.trade.order.success.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.order.success.create` (五道口终态订单创建). */
export interface AlibabaWdkTradeOrderSuccessCreateRequest {
  /** 创单请求对象 */
  order_request: AlibabaWdkTradeOrderSuccessCreateOrderSuccessRequestInput;
}

/** Response of `alibaba.wdk.trade.order.success.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeOrderSuccessCreateResponse {
  /** 订单返回结果 */
  order_result?: AlibabaWdkTradeOrderSuccessCreateOrderQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderSuccessRequest` of `alibaba.wdk.trade.order.success.create`. */
export interface AlibabaWdkTradeOrderSuccessCreateOrderSuccessRequestInput {
  /** 是否是主单 1-是;0-不是 */
  is_main: Int64Input;
  /** 是否是子单 1-是;0-不是 */
  is_detail: Int64Input;
  /** 业务类型 2-表示生鲜门店;3-表示B2C */
  business_type: Int64Input;
  /** 子业务类型 */
  sub_business_type: Int64Input;
  /** 外部订单号 */
  out_order_id: string;
  /** 订单来源 */
  order_source: string;
  /** 下单终端 */
  order_terminal: string;
  /** 订单渠道 2-表示线上;3-表示线下 */
  order_channel: Int64Input;
  /** 一级渠道 */
  first_channel: string;
  /** 二级渠道 */
  second_channel: string;
  /** 配送类型 1-表示预约配送;2-表示现场购买 */
  deliver_type: Int64Input;
  /** 送达类型 1-表示及时达;2-表示定时达;3-表示极速达;4-表示无需配送 */
  arrive_type: Int64Input;
  /** 渠道店 */
  shop_id: string;
  /** 经营店id */
  store_id: string;
  /** 订单状态 */
  order_status: Int64Input;
  /** 创单时间 */
  order_create_time: DateInput;
  /** 支付时间 */
  pay_time: DateInput;
  /** 期望送达时间 */
  expect_arrive_time: string;
  /** 订单原价(分为单位) */
  origin_fee: Int64Input;
  /** 支付金额(分为单位) */
  pay_fee: Int64Input;
  /** 优惠金额(分为单位) */
  discount_fee: Int64Input;
  /** 运费(分为单位) */
  post_fee: Int64Input;
  /** 打包费(分为单位) */
  package_fee: Int64Input;
  /** 平台折扣费(分为单位) */
  platform_discount_fee: Int64Input;
  /** 商家折扣费(分为单位) */
  merchant_discount_fee: Int64Input;
  /** 订单支付信息 */
  pay_infos: string;
  /** 买家信息 */
  buyer_info: AlibabaWdkTradeOrderSuccessCreateOrderPayInfoBOInput;
  /** 订单配送信息 */
  delivery_info: AlibabaWdkTradeOrderSuccessCreateOrderBuyerInfoBOInput;
  /** 子单列表 */
  sub_info_list: AlibabaWdkTradeOrderSuccessCreateOrderDeliveryBOInput[];
  /** 卖家id */
  seller_id: Int64Input;
  /** 卖家昵称 */
  seller_nick: string;
  /** 订单来源 */
  order_from: Int64Input;
}

/** `OrderPayInfoBO` of `alibaba.wdk.trade.order.success.create`. */
export interface AlibabaWdkTradeOrderSuccessCreateOrderPayInfoBOInput {
  /** 买家用户名 */
  user_name: string;
  /** 买家昵称 */
  user_nick: string;
  /** 买家电话 */
  phone: string;
  /** 商家会员卡号 */
  member_card_num: string;
  /** 会员标 */
  member_tags: string;
}

/** `OrderBuyerInfoBO` of `alibaba.wdk.trade.order.success.create`. */
export interface AlibabaWdkTradeOrderSuccessCreateOrderBuyerInfoBOInput {
  /** 收货人名字 */
  name: string;
  /** 收货人电话 */
  phone: string;
  /** 收货人地址 */
  address: string;
  /** poi经纬度 */
  geo: string;
  /** 配送开始时间 */
  start_time: DateInput;
  /** 配送结束时间 */
  end_time: DateInput;
}

/** `OrderDeliveryBO` of `alibaba.wdk.trade.order.success.create`. */
export interface AlibabaWdkTradeOrderSuccessCreateOrderDeliveryBOInput {
  /** 是否是主单 1-是;0-不是 */
  is_main: Int64Input;
  /** 是否是子单 1-是;0-不是 */
  is_detail: Int64Input;
  /** 外部子单号 */
  out_sub_order_id: string;
  /** 后端商品编码 */
  sku_code: string;
  /** 前端商品id */
  auction_id: Int64Input;
  /** 前端商品名称 */
  auction_title: string;
  /** 商品单价 */
  sale_price: Int64Input;
  /** 销售单位购买数量 */
  sale_quantity: Int64Input;
  /** 销售单位 */
  sale_unit: string;
  /** 库存单位购买数量 */
  stock_quantity: string;
  /** 库存单位 */
  stock_unit: string;
  /** 原价 */
  origin_fee: Int64Input;
  /** 支付金额 */
  pay_fee: Int64Input;
  /** 优惠金额 */
  discount_fee: Int64Input;
  /** 业务类型 2-表示生鲜门店;3-表示B2C */
  business_type: Int64Input;
  /** 子业务类型 */
  sub_business_type: Int64Input;
  /** 创单时间 */
  order_create_time: DateInput;
  /** 卖家id */
  seller_id: Int64Input;
  /** 卖家昵称 */
  seller_nick: string;
  /** 订单来源 */
  order_from: Int64Input;
  /** 订单来源 */
  order_source: string;
  /** 下单终端 */
  order_terminal: string;
  /** 订单渠道 2-表示线上;3-表示线下 */
  order_channel: Int64Input;
  /** 配送类型 1-表示预约配送;2-表示现场购买 */
  deliver_type: Int64Input;
  /** 送达类型 1-表示及时达;2-表示定时达;3-表示极速达;4-表示无需配送 */
  arrive_type: Int64Input;
  /** 渠道店 */
  shop_id: string;
  /** 经营店id */
  store_id: string;
  /** 订单状态 */
  order_status: Int64Input;
  /** 支付时间 */
  pay_time: DateInput;
  /** 期望送达时间 */
  expect_arrive_time: string;
  /** 运费(分为单位) */
  post_fee: Int64Input;
  /** 打包费(分为单位) */
  package_fee: Int64Input;
  /** 平台折扣费(分为单位) */
  platform_discount_fee: Int64Input;
  /** 商家折扣费(分为单位) */
  merchant_discount_fee: Int64Input;
  /** 买家id */
  user_id: Int64Input;
  /** 买家昵称 */
  user_nick: string;
  /** 收货人名字 */
  name: string;
  /** 收货人电话 */
  phone: string;
  /** 收货人地址 */
  address: string;
  /** poi经纬度 */
  geo: string;
}

/** `OrderQueryResult` of `alibaba.wdk.trade.order.success.create`. */
export interface AlibabaWdkTradeOrderSuccessCreateOrderQueryResult {
  /** 接口状态 */
  state?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 订单数据 */
  result?: AlibabaWdkTradeOrderSuccessCreateOrderSuccessResponse;
}

/** `OrderSuccessResponse` of `alibaba.wdk.trade.order.success.create`. */
export interface AlibabaWdkTradeOrderSuccessCreateOrderSuccessResponse {
  /** 返回的业务单号 */
  biz_order_id?: string;
  /** 外部主单号 */
  out_order_id?: string;
  /** 子单列表 */
  order_sub_info_list?: AlibabaWdkTradeOrderSuccessCreateOrderSubInfoBO[];
}

/** `OrderSubInfoBO` of `alibaba.wdk.trade.order.success.create`. */
export interface AlibabaWdkTradeOrderSuccessCreateOrderSubInfoBO {
  /** 子业务单号 */
  biz_order_id?: string;
  /** 外部子单号 */
  out_order_id?: string;
}

const REQUEST_SCHEMA = {
  order_request: {
    is_main: 'Number',
    is_detail: 'Number',
    business_type: 'Number',
    sub_business_type: 'Number',
    out_order_id: 'String',
    order_source: 'String',
    order_terminal: 'String',
    order_channel: 'Number',
    first_channel: 'String',
    second_channel: 'String',
    deliver_type: 'Number',
    arrive_type: 'Number',
    shop_id: 'String',
    store_id: 'String',
    order_status: 'Number',
    order_create_time: 'Date',
    pay_time: 'Date',
    expect_arrive_time: 'String',
    origin_fee: 'Number',
    pay_fee: 'Number',
    discount_fee: 'Number',
    post_fee: 'Number',
    package_fee: 'Number',
    platform_discount_fee: 'Number',
    merchant_discount_fee: 'Number',
    pay_infos: 'String',
    buyer_info: {
      user_name: 'String',
      user_nick: 'String',
      phone: 'String',
      member_card_num: 'String',
      member_tags: 'String',
    },
    delivery_info: {
      name: 'String',
      phone: 'String',
      address: 'String',
      geo: 'String',
      start_time: 'Date',
      end_time: 'Date',
    },
    sub_info_list: [
      {
        is_main: 'Number',
        is_detail: 'Number',
        out_sub_order_id: 'String',
        sku_code: 'String',
        auction_id: 'Number',
        auction_title: 'String',
        sale_price: 'Number',
        sale_quantity: 'Number',
        sale_unit: 'String',
        stock_quantity: 'String',
        stock_unit: 'String',
        origin_fee: 'Number',
        pay_fee: 'Number',
        discount_fee: 'Number',
        business_type: 'Number',
        sub_business_type: 'Number',
        order_create_time: 'Date',
        seller_id: 'Number',
        seller_nick: 'String',
        order_from: 'Number',
        order_source: 'String',
        order_terminal: 'String',
        order_channel: 'Number',
        deliver_type: 'Number',
        arrive_type: 'Number',
        shop_id: 'String',
        store_id: 'String',
        order_status: 'Number',
        pay_time: 'Date',
        expect_arrive_time: 'String',
        post_fee: 'Number',
        package_fee: 'Number',
        platform_discount_fee: 'Number',
        merchant_discount_fee: 'Number',
        user_id: 'Number',
        user_nick: 'String',
        name: 'String',
        phone: 'String',
        address: 'String',
        geo: 'String',
      },
    ],
    seller_id: 'Number',
    seller_nick: 'String',
    order_from: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_result: {
    state: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    result: {
      biz_order_id: 'String',
      out_order_id: 'String',
      order_sub_info_list: [
        {
          biz_order_id: 'String',
          out_order_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.order.success.create`: method, response root, request and response schemas. */
export const alibabaWdkTradeOrderSuccessCreateOperation = {
  method: 'alibaba.wdk.trade.order.success.create',
  responseRoot: 'alibaba_wdk_trade_order_success_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口终态订单创建 — calls TOP method `alibaba.wdk.trade.order.success.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeOrderSuccessCreate(
  client: TopClient,
  request: AlibabaWdkTradeOrderSuccessCreateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkTradeOrderSuccessCreateResponse> {
  return client.call<AlibabaWdkTradeOrderSuccessCreateResponse>(
    {
      method: 'alibaba.wdk.trade.order.success.create',
      responseRoot: 'alibaba_wdk_trade_order_success_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
