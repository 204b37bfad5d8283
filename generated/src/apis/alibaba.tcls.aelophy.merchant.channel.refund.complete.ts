// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.channel.refund.complete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.channel.refund.complete` (翱象商家自有渠道 逆向单完成). */
export interface AlibabaTclsAelophyMerchantChannelRefundCompleteRequest {
  /** 请求对象 */
  refund_complete_info: AlibabaTclsAelophyMerchantChannelRefundCompleteRefundCompleteInfoInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.channel.refund.complete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantChannelRefundCompleteResponse {
  /** 结果 */
  api_result?: AlibabaTclsAelophyMerchantChannelRefundCompleteApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundCompleteInfo` of `alibaba.tcls.aelophy.merchant.channel.refund.complete`. */
export interface AlibabaTclsAelophyMerchantChannelRefundCompleteRefundCompleteInfoInput {
  /** 外部主单号 */
  out_order_id: string;
  /** 外部渠道店ID(与shop_id必选其一) */
  out_shop_id?: string;
  /** 外部逆向单ID */
  out_refund_id: string;
  /** 退的商品费 */
  refund_fee: Int64Input;
  /** 退的运费 */
  refund_post_fee?: Int64Input;
  /** 退的包装费 */
  refund_package_fee?: Int64Input;
  /** 子单 */
  sub_refund_orders?: AlibabaTclsAelophyMerchantChannelRefundCompleteSubRefundOrderInput[];
  /** 订单来源(选填out_shop_id时该值必填) */
  order_from?: Int64Input;
  /** 渠道店id(与out_shop_id必选其一) */
  shop_id?: string;
  /** 渠道退商家的佣金，单位：分 */
  commission?: Int64Input;
  /** 未分类商家总优惠，单位：分 */
  other_merchant_subsidy_fee?: Int64Input;
  /** 未分类平台总优惠，单位：分 */
  other_plat_subsidy_fee?: Int64Input;
  /** 商家应退给平台的金额，单位：分 */
  merchant_total_fee?: Int64Input;
  /** 退的渠道配送费补贴，单位：分 */
  plat_send_subsidy_fee?: Int64Input;
  /** 退的商家配送费补贴，单位：分 */
  merchant_send_subsidy_fee?: Int64Input;
  /** 商家呼单小费，单位：分 */
  merchant_call_order_fee?: Int64Input;
  /** 冷链配送费，单位：分 */
  cold_chain_send_fee?: Int64Input;
  /** 商家呼单配送费，单位：分 */
  merchant_call_order_send_fee?: Int64Input;
  /** 配送保险，单位：分 */
  send_insurance_fee?: Int64Input;
  /** 物流驻店服务费，单位：分 */
  logistics_shop_service_fee?: Int64Input;
  /** 实收增值服务费，单位：分 */
  actual_increment_service_fee?: Int64Input;
  /** 履约增值服务费，单位：分 */
  performance_increment_service_fee?: Int64Input;
  /** 距离加价履约费，单位：分 */
  distance_increase_performance_fee?: Int64Input;
  /** 时段加价履约费，单位：分 */
  time_increase_performance_fee?: Int64Input;
  /** 公益捐款，单位：分 */
  merchant_public_donation?: Int64Input;
  /** 用户积分抵扣金额，单位：分 */
  plat_points_deduction_fee?: Int64Input;
  /** 自提服务费优惠金额，单位：分 */
  self_pick_discount_fee?: Int64Input;
  /** 自提服务费，单位：分 */
  self_pick_payable_fee?: Int64Input;
  /** 商家基础配送费，单位：分 */
  merchant_base_send_fee?: Int64Input;
  /** 价格加价履约费，单位：分 */
  price_increase_performance_fee?: Int64Input;
  /** 支付渠道 */
  pay_channels?: AlibabaTclsAelophyMerchantChannelRefundCompletePayChannelInput[];
  /** 退款原因类型：10-整单全缺;11-订单部分缺;12-商家侧发起的退款(商家拒单); 13-用户侧发起的退款(用户逆向申请);15-用户拒收 */
  refund_reason_type?: Int64Input;
}

/** `SubRefundOrder` of `alibaba.tcls.aelophy.merchant.channel.refund.complete`. */
export interface AlibabaTclsAelophyMerchantChannelRefundCompleteSubRefundOrderInput {
  /** 外部子单号 */
  sub_out_order_id: string;
  /** 商品编码 */
  sku_code: string;
  /** 子单退货数量 */
  refund_quantity: Int64Input;
  /** 子单退款金额，单位：分 */
  refund_fee: Int64Input;
  /** 子单退款重量 */
  refund_weight?: Int64Input;
  /** 退款商品的优惠金额，单位：分 */
  discount_fee?: Int64Input;
  /** 退款商品的商家分摊优惠金额，单位：分 */
  merchant_discount_fee?: Int64Input;
  /** 退款商品的平台分摊优惠金额，单位：分 */
  platform_discount_fee?: Int64Input;
  /** 营销优惠明细 */
  discount_infos?: AlibabaTclsAelophyMerchantChannelRefundCompleteDiscountInfoInput[];
}

/** `DiscountInfo` of `alibaba.tcls.aelophy.merchant.channel.refund.complete`. */
export interface AlibabaTclsAelophyMerchantChannelRefundCompleteDiscountInfoInput {
  /** 营销活动Id */
  activity_id?: string;
  /** 营销活动类型 */
  activity_type?: string;
  /** 优惠金额，单位：分 */
  discount_fee?: Int64Input;
  /** 该活动下商家分摊优惠金额，单位：分 */
  merchant_discount_fee?: Int64Input;
  /** 该活动下平台分摊优惠金额，单位：分 */
  platform_discount_fee?: Int64Input;
  /** 活动名称 */
  activity_name?: string;
}

/** `PayChannel` of `alibaba.tcls.aelophy.merchant.channel.refund.complete`. */
export interface AlibabaTclsAelophyMerchantChannelRefundCompletePayChannelInput {
  /** 支付渠道类型 1.默认 10-支付宝 20-微信支付 30-积分支付 40-储值卡支付 50-银行卡支付。有支付渠道的情况下，必填。 必须是翱象支持的支付渠道，否则报错。 */
  pay_channel_type?: Int64Input;
  /** 当前支付渠道的退款金额，单位分。有支付渠道的情况下，必填。 */
  refund_fee?: Int64Input;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.channel.refund.complete`. */
export interface AlibabaTclsAelophyMerchantChannelRefundCompleteApiResult {
  /** 返回码说明 */
  err_msg?: string;
  /** 返回码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  refund_complete_info: {
    out_order_id: 'String',
    out_shop_id: 'String',
    out_refund_id: 'String',
    refund_fee: 'Number',
    refund_post_fee: 'Number',
    refund_package_fee: 'Number',
    sub_refund_orders: [
      {
        sub_out_order_id: 'String',
        sku_code: 'String',
        refund_quantity: 'Number',
        refund_fee: 'Number',
        refund_weight: 'Number',
        discount_fee: 'Number',
        merchant_discount_fee: 'Number',
        platform_discount_fee: 'Number',
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
      },
    ],
    order_from: 'Number',
    shop_id: 'String',
    commission: 'Number',
    other_merchant_subsidy_fee: 'Number',
    other_plat_subsidy_fee: 'Number',
    merchant_total_fee: 'Number',
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
    merchant_base_send_fee: 'Number',
    price_increase_performance_fee: 'Number',
    pay_channels: [
      {
        pay_channel_type: 'Number',
        refund_fee: 'Number',
      },
    ],
    refund_reason_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.channel.refund.complete`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantChannelRefundCompleteOperation = {
  method: 'alibaba.tcls.aelophy.merchant.channel.refund.complete',
  responseRoot: 'alibaba_tcls_aelophy_merchant_channel_refund_complete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象商家自有渠道 逆向单完成 — calls TOP method `alibaba.tcls.aelophy.merchant.channel.refund.complete`.
 *
 * 翱象小程序 退款完成
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantChannelRefundComplete(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantChannelRefundCompleteRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantChannelRefundCompleteResponse> {
  return client.call<AlibabaTclsAelophyMerchantChannelRefundCompleteResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.channel.refund.complete',
      responseRoot: 'alibaba_tcls_aelophy_merchant_channel_refund_complete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
