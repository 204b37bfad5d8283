// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.channel.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.channel.order.create` (翱象商家自有渠道 订单创建). */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateRequest {
  /** 订单信息 */
  order_info: AlibabaTclsAelophyMerchantChannelOrderCreateOrderInfoInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.channel.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateResponse {
  /** 返回结果 */
  api_result?: AlibabaTclsAelophyMerchantChannelOrderCreateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderInfo` of `alibaba.tcls.aelophy.merchant.channel.order.create`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateOrderInfoInput {
  /** 买家信息 */
  buyer: AlibabaTclsAelophyMerchantChannelOrderCreateBuyerInput;
  /** 收件人信息 */
  consignee: AlibabaTclsAelophyMerchantChannelOrderCreateConsigneeInput;
  /** 子订单信息 */
  sub_orders: AlibabaTclsAelophyMerchantChannelOrderCreateSubOrderInput[];
  /** 实际支付金额 */
  pay_fee: Int64Input;
  /** 原始金额 */
  origin_fee: Int64Input;
  /** 优惠金额 */
  discount_fee: Int64Input;
  /** 运费 */
  post_fee: Int64Input;
  /** 外部订单号 */
  out_order_id: string;
  /** 外部渠道店ID(与shop_id必选其一) */
  out_shop_id?: string;
  /** 订单状态 */
  order_status: string;
  /** 支付时间 */
  pay_time?: DateInput;
  /** 创单时间 */
  create_time: DateInput;
  /** 订单来源(选填out_shop_id时该值必填) */
  order_from?: Int64Input;
  /** 配送方式 1:平台配送 2:商家自配送 3:到店自提 */
  pickup_type: Int64Input;
  /** 平台佣金 */
  commission?: Int64Input;
  /** 订单小号 */
  serial_no?: string;
  /** 包装费 */
  package_fee?: Int64Input;
  /** 渠道店id(与out_shop_id必选其一) */
  shop_id?: string;
  /** 商家应收总金额 */
  merchant_total_fee?: Int64Input;
  /** 未分类商家总优惠 */
  other_merchant_subsidy_fee?: Int64Input;
  /** 未分类平台总优惠 */
  other_plat_subsidy_fee?: Int64Input;
  /** 商家基础配送费 */
  merchant_base_send_fee?: Int64Input;
  /** 平台配送费补贴 */
  plat_send_subsidy_fee?: Int64Input;
  /** 商家配送费补贴 */
  merchant_send_subsidy_fee?: Int64Input;
  /** 商家呼单小费 */
  merchant_call_order_fee?: Int64Input;
  /** 冷链配送费 */
  cold_chain_send_fee?: Int64Input;
  /** 商家呼单配送费 */
  merchant_call_order_send_fee?: Int64Input;
  /** 配送保险 */
  send_insurance_fee?: Int64Input;
  /** 物流驻店服务费 */
  logistics_shop_service_fee?: Int64Input;
  /** 实收增值服务费 */
  actual_increment_service_fee?: Int64Input;
  /** 履约增值服务费 */
  performance_increment_service_fee?: Int64Input;
  /** 距离加价履约费 */
  distance_increase_performance_fee?: Int64Input;
  /** 时段加价履约费 */
  time_increase_performance_fee?: Int64Input;
  /** 公益捐款 */
  merchant_public_donation?: Int64Input;
  /** 用户积分抵扣金额 */
  plat_points_deduction_fee?: Int64Input;
  /** 自提服务费优惠金额 */
  self_pick_discount_fee?: Int64Input;
  /** 自提服务费 */
  self_pick_payable_fee?: Int64Input;
  /** 价格加价履约费 */
  price_increase_performance_fee?: Int64Input;
  /** 支付渠道，不填会默认使用类型1，支付金额=主单的payFee */
  pay_channels?: AlibabaTclsAelophyMerchantChannelOrderCreatePayChannelInput[];
  /** 订单扩展数据 */
  ext?: string;
}

/** `Buyer` of `alibaba.tcls.aelophy.merchant.channel.order.create`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateBuyerInput {
  /** 买家标识 */
  user_id: string;
  /** 买家用户名 */
  user_name: string;
  /** 买家昵称 */
  user_nick: string;
  /** 买家电话 */
  phone: string;
  /** 买家备注 */
  user_memo?: string;
}

/** `Consignee` of `alibaba.tcls.aelophy.merchant.channel.order.create`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateConsigneeInput {
  /** 收件人名称 */
  name: string;
  /** 收件人电话 */
  phone: string;
  /** 配送地址 */
  address: string;
  /** 配送坐标 */
  geo: string;
  /** 配送开始时间 */
  start_time: DateInput;
  /** 配送结束时间 */
  end_time: DateInput;
}

/** `SubOrder` of `alibaba.tcls.aelophy.merchant.channel.order.create`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateSubOrderInput {
  /** 外部子单号 */
  sub_out_order_id: string;
  /** 商品编码 */
  sku_code: string;
  /** 销售商品数量 */
  sale_quantity: Int64Input;
  /** 销售单价 */
  sale_price: Int64Input;
  /** 实际支付金额 */
  pay_fee: Int64Input;
  /** 原始金额 */
  origin_fee: Int64Input;
  /** 优惠金额 */
  discount_fee: Int64Input;
  /** 营销优惠明细 */
  discount_infos?: AlibabaTclsAelophyMerchantChannelOrderCreateDiscountInfoInput[];
  /** 子单优惠金额商家分摊 */
  merchant_discount_fee?: Int64Input;
  /** 子单优惠金额平台分摊 */
  platform_discount_fee?: Int64Input;
  /** 子单商品总重量 */
  total_weight?: Int64Input;
  /** 处理方式 */
  handling_type?: string;
}

/** `DiscountInfo` of `alibaba.tcls.aelophy.merchant.channel.order.create`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateDiscountInfoInput {
  /** 营销活动ID */
  activity_id?: string;
  /** 营销活动类型 */
  activity_type?: string;
  /** 活动优惠金额 */
  discount_fee?: Int64Input;
  /** 活动优惠金额商家分摊 */
  merchant_discount_fee?: Int64Input;
  /** 活动优惠金额平台分摊 */
  platform_discount_fee?: Int64Input;
  /** 活动名称 */
  activity_name?: string;
}

/** `PayChannel` of `alibaba.tcls.aelophy.merchant.channel.order.create`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreatePayChannelInput {
  /** 支付渠道类型 1.默认 10-支付宝 20-微信支付 30-积分支付 40-储值卡支付 50-银行卡支付。有支付渠道的情况下，必填。 必须是翱象支持的支付渠道，否则报错。 */
  pay_channel_type?: Int64Input;
  /** 当前支付渠道的支付金额，单位分。有支付渠道的情况下，必填。 */
  pay_fee?: Int64Input;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.channel.order.create`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCreateApiResult {
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  order_info: {
    buyer: {
      user_id: 'String',
      user_name: 'String',
      user_nick: 'String',
      phone: 'String',
      user_memo: 'String',
    },
    consignee: {
      name: 'String',
      phone: 'String',
      address: 'String',
      geo: 'String',
      start_time: 'Date',
      end_time: 'Date',
    },
    sub_orders: [
      {
        sub_out_order_id: 'String',
        sku_code: 'String',
        sale_quantity: 'Number',
        sale_price: 'Number',
        pay_fee: 'Number',
        origin_fee: 'Number',
        discount_fee: 'Number',
        discount_infos: [
          {
            activity_id: 'String',
            activity_type: 'String',
            discount_fee: 'Number',
            merchant_discount_fee: 'Number',
            platform_discount_fee: 'Number',
            activity_name: 'String',
          },
        ],
        merchant_discount_fee: 'Number',
        platform_discount_fee: 'Number',
        total_weight: 'Number',
        handling_type: 'String',
      },
    ],
    pay_fee: 'Number',
    origin_fee: 'Number',
    discount_fee: 'Number',
    post_fee: 'Number',
    out_order_id: 'String',
    out_shop_id: 'String',
    order_status: 'String',
    pay_time: 'Date',
    create_time: 'Date',
    order_from: 'Number',
    pickup_type: 'Number',
    commission: 'Number',
    serial_no: 'String',
    package_fee: 'Number',
    shop_id: 'String',
    merchant_total_fee: 'Number',
    other_merchant_subsidy_fee: 'Number',
    other_plat_subsidy_fee: 'Number',
    merchant_base_send_fee: 'Number',
    plat_send_subsidy_fee: 'Number',
    merchant_send_subsidy_fee: 'Number',
    merchant_call_order_fee: 'Number',
    cold_chain_send_fee: 'Number',
    merchant_call_order_send_fee: 'Number',
    send_insurance_fee: 'Number',
    logistics_shop_service_fee: 'Number',
    actual_increment_service_fee: 'Number',
    performance_increment_service_fee: 'Number',
    distance_increase_performance_fee: 'Number',
    time_increase_performance_fee: 'Number',
    merchant_public_donation: 'Number',
    plat_points_deduction_fee: 'Number',
    self_pick_discount_fee: 'Number',
    self_pick_payable_fee: 'Number',
    price_increase_performance_fee: 'Number',
    pay_channels: [
      {
        pay_channel_type: 'Number',
        pay_fee: 'Number',
      },
    ],
    ext: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.channel.order.create`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantChannelOrderCreateOperation = {
  method: 'alibaba.tcls.aelophy.merchant.channel.order.create',
  responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象商家自有渠道 订单创建 — calls TOP method `alibaba.tcls.aelophy.merchant.channel.order.create`.
 *
 * 翱象小程序渠道订单创建
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantChannelOrderCreate(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantChannelOrderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantChannelOrderCreateResponse> {
  return client.call<AlibabaTclsAelophyMerchantChannelOrderCreateResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.channel.order.create',
      responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
