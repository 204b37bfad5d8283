// Generated from specs/alsc/alibaba.alsc.order.order.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.order.order.upload` (订单回流). */
export interface AlibabaAlscOrderOrderUploadRequest {
  /** 订单回流参数 */
  param_backflow_request?: AlibabaAlscOrderOrderUploadBackflowRequestInput;
}

/** Response of `alibaba.alsc.order.order.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscOrderOrderUploadResponse {
  /** 返回包装类 */
  result?: AlibabaAlscOrderOrderUploadBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BackflowRequest` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadBackflowRequestInput {
  /** 订单来源 KERUYUN CHENSEN KPOS */
  biz_source: string;
  /** 订单或子订单属性信息 */
  order_attribute_info_list?: AlibabaAlscOrderOrderUploadOrderAttributeInfoInput[];
  /** 订单信息 */
  order_info: AlibabaAlscOrderOrderUploadOrderInfoInput;
  /** 支付流水明细 */
  pay_detail_info_list?: AlibabaAlscOrderOrderUploadPayDetailInfoInput[];
  /** 优惠明细 */
  promo_detail_info_list?: AlibabaAlscOrderOrderUploadPromoDetailInfoInput[];
  /** 退款资金流水 */
  refund_fund_detail_info_list?: AlibabaAlscOrderOrderUploadRefundFundDetailInfoInput[];
  /** 退款商品明细 */
  refund_item_detail_info_list?: AlibabaAlscOrderOrderUploadRefundItemDetailInfoInput[];
  /** 退款单数据 */
  refund_order_info_list?: AlibabaAlscOrderOrderUploadRefundOrderInfoInput[];
  /** 子订单（商品）信息 */
  sub_order_info_list?: AlibabaAlscOrderOrderUploadSubOrderInfoInput[];
}

/** `OrderAttributeInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadOrderAttributeInfoInput {
  /** 属性所属组:ORDER 订单类，SUBORDER 子订单类 */
  attr_group?: string;
  /** 套餐明细 */
  combo_info_list?: AlibabaAlscOrderOrderUploadComboInfoInput[];
  /** 单品做法明细 */
  cooking_methods_info_list?: AlibabaAlscOrderOrderUploadAttachInfoInput[];
  /** 单品配料明细 */
  ingredients_info_list?: AlibabaAlscOrderOrderUploadAttachInfoInput[];
  /** 其他附加费，如餐盒等等 */
  other_info_list?: AlibabaAlscOrderOrderUploadAttachInfoInput[];
  /** 业务ID,取值与属性所属组对应 */
  out_biz_id?: string;
  /** 业务方订单号 */
  out_order_no?: string;
  /** 服务费明细 */
  service_fee_info_list?: AlibabaAlscOrderOrderUploadServiceFeeInfoInput[];
}

/** `ComboInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadComboInfoInput {
  /** 套餐菜品做法明细 */
  cooking_methods_info_list?: AlibabaAlscOrderOrderUploadAttachInfoInput[];
  /** 套餐菜品配料明细 */
  ingredients_info_list?: AlibabaAlscOrderOrderUploadAttachInfoInput[];
  /** 商品数量 */
  item_count?: Int64Input;
  /** 商品id */
  out_item_id?: string;
  /** 商品名称 */
  out_item_name?: string;
  /** 商品规格id */
  out_sku_id?: string;
  /** 商品规格名称 */
  out_sku_name?: string;
  /** 单价 */
  price?: Int64Input;
  /** 单位 */
  unit?: string;
  /** 重量 */
  weight?: string;
}

/** `AttachInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadAttachInfoInput {
  /** 附加商品实收金额 */
  actual_fee?: Int64Input;
  /** 附加商品数量 */
  item_count?: Int64Input;
  /** 附加商品id */
  out_attach_item_id?: string;
  /** 附加商品名称 */
  out_attach_item_name?: string;
  /** 单价 */
  price?: Int64Input;
  /** 单位 */
  unit?: string;
  /** 重量 */
  weight?: string;
  /** 附加商品总金额 */
  total_fee?: Int64Input;
}

/** `ServiceFeeInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadServiceFeeInfoInput {
  /** 服务费实收金额 */
  service_actual_fee?: Int64Input;
  /** 服务费名称 */
  service_name?: string;
  /** 服务费优惠金额，减钱为负值 */
  service_promo_fee?: Int64Input;
  /** 服务费总金额 */
  service_total_fee?: Int64Input;
}

/** `OrderInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadOrderInfoInput {
  /** 订单实收金额，单位分 */
  actual_fee: Int64Input;
  /** 附加费总金额，如餐盒， */
  attach_total_fee?: Int64Input;
  /** 营业日，格式例如：“yyyy-mm-dd” */
  business_date?: string;
  /** 业态：业务方直接传自己的业态code或id */
  business_type?: string;
  /** 业态：业务方直接传自己的业态文字描述，例如储值卡充值，储值卡售卡，押金单等 */
  business_type_desc?: string;
  /** 设备id */
  device_id?: string;
  /** 设备ip */
  device_ip?: string;
  /** 取餐号 */
  dinner_number?: string;
  /** 就餐人数 */
  dinner_persons?: Int64Input;
  /** 就餐形式:FOR_HERE堂食 TAKE_OUT外带 SEND外送 TO_GO自提 OTHER其他 */
  dinner_type?: string;
  /** 订单渠道 HANDHELD_DEVICES手持设备 SAMPLE_ORDER扫码点餐 POS POS端 MSTORE 移动门店 THIRDPARTY第三方 OTHER 其他 */
  order_channel?: string;
  /** 下单时间 */
  order_time: Int64Input;
  /** 收银员id */
  out_cashier_id?: string;
  /** 收银员名称 */
  out_cashier_name?: string;
  /** 配送员id */
  out_delivery_id?: string;
  /** 配送员名称 */
  out_delivery_name?: string;
  /** 订单号 */
  out_order_no?: string;
  /** 销售员id */
  out_salesman_id?: string;
  /** 销售员名称 */
  out_salesman_name?: string;
  /** 卖家id */
  out_seller_id?: string;
  /** 店铺id */
  out_store_id?: string;
  /** 外部会员id，业务方自己的会员id，如果有vipUserId的订单，这个字段可以为空 */
  out_vip_user_id?: string;
  /** 服务员id */
  out_waiter_id?: string;
  /** 服务员名称 */
  out_waiter_name?: string;
  /** 订单优惠金额 不包含抹零金额，减钱为‘-’，加钱为‘+’，单位分 */
  promo_fee?: Int64Input;
  /** 关联订单号，如反结账的原始业务订单号 */
  related_out_order_no?: string;
  /** 备注 */
  remark?: string;
  /** 整单抹零金额，单位分 */
  scrap_fee?: Int64Input;
  /** 服务费总金额 */
  service_total_fee?: Int64Input;
  /** 状态：SUCCESS已完成 REFUND已退款 REFUSED已拒绝 CANCELLED已取消 ANTI_SEELEMENT已反结账 CHARGED已挂账 CANCELLED_DEBT已销账 */
  status?: string;
  /** 桌号 */
  table_number?: string;
  /** 税费总金额 */
  tax_total_fee?: Int64Input;
  /** 订单总金额，单位分 */
  total_fee: Int64Input;
  /** 会员id，口碑crm的会员id，有vipUserId可以不传outVipUserId */
  vip_user_id?: string;
  /** 扩展信息 */
  ext_info?: string;
  /** 外部组织id，辰森和客如云直接填out_store_id */
  out_org_id?: string;
}

/** `PayDetailInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadPayDetailInfoInput {
  /** 业务操作人id */
  out_operator_id?: string;
  /** 业务操作人名称 */
  out_operator_name?: string;
  /** 外部订单号 */
  out_order_no?: string;
  /** 支付方式id */
  out_pay_channel_id?: string;
  /** 支付方式名称 */
  out_pay_channel_name?: string;
  /** 支付方式code */
  out_pay_code?: string;
  /** 外部支付明细ID */
  out_pay_detail_id?: string;
  /** 外部交易单号，支付通道的支付单号 */
  out_trade_no?: string;
  /** 支付账号，如微信open_id，支付宝buyer_id */
  pay_account_id?: string;
  /** 支付卡号 */
  pay_card_id?: string;
  /** 支付金额，单位“分” */
  pay_fee?: Int64Input;
  /** 支付来源 HANDHELD_DEVICES手持设备 SAMPLE_ORDER扫码点餐 POS POS端 MSTORE 移动门店 THIRDPARTY第三方 OTHER 其他 */
  pay_source?: string;
  /** 支付状态 SUCCESS 成功 FAIL 失败 */
  status?: string;
  /** 支付完成时间 */
  success_time?: Int64Input;
}

/** `PromoDetailInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadPromoDetailInfoInput {
  /** 优惠授权人id */
  out_authorizer_id?: string;
  /** 业务授权人名称 */
  out_authorizer_name?: string;
  /** 关联订单号 */
  out_order_no?: string;
  /** 优惠明细ID */
  out_promo_detail_id?: string;
  /** 优惠金额，单位“分”，减钱为负值 */
  promo_fee?: Int64Input;
  /** 优惠id，券id or 活动id or other等 */
  promo_id?: string;
  /** 优惠名称 */
  promo_name?: string;
  /** 优惠原因：COUPON券优惠 PROMO促销优惠 SALES特价商品优惠 POINTS_DEDUCT积分抵现 SALES_MEMBER会员价商品优惠 MODIFY_PRICE手动改价 OTHER其他 */
  promo_reason?: string;
}

/** `RefundFundDetailInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadRefundFundDetailInfoInput {
  /** 外部订单号 */
  out_order_no?: string;
  /** 支付方式id */
  out_pay_channel_id?: string;
  /** 支付方式名称 */
  out_pay_channel_name?: string;
  /** 支付方式code */
  out_pay_code?: string;
  /** 外部退款单资金明细id */
  out_refund_fund_detail_no?: string;
  /** 外部退款单号，支付宝，微信等退款单号 */
  out_refund_no?: string;
  /** 外部退款单id */
  out_refund_order_no?: string;
  /** 退款金额 */
  refund_fee?: Int64Input;
  /** SUCCESS成功 FAIL失败 */
  status?: string;
  /** 退款成功时间 */
  success_time?: Int64Input;
  /** 扩展信息 */
  ext_info?: string;
}

/** `RefundItemDetailInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadRefundItemDetailInfoInput {
  /** 商品id */
  out_item_id?: string;
  /** 商品名称 */
  out_item_name?: string;
  /** 退款单商品明细id */
  out_refund_item_detail_no?: string;
  /** 外部退款单id */
  out_refund_order_no?: string;
  /** 外部子订单号 */
  out_sub_order_no?: string;
  /** 退款商品数 */
  refund_count?: Int64Input;
}

/** `RefundOrderInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadRefundOrderInfoInput {
  /** 设备id */
  device_id?: string;
  /** 设备ip */
  device_ip?: string;
  /** 授权人id */
  out_authorizer_id?: string;
  /** 授权人名称 */
  out_authorizer_name?: string;
  /** 操作人id */
  out_operator_id?: string;
  /** 操作人名称 */
  out_operator_name?: string;
  /** 外部订单号 */
  out_order_no?: string;
  /** 业务方退款单号 */
  out_refund_order_no?: string;
  /** 退款金额 */
  refund_fee?: Int64Input;
  /** 退款原因 */
  refund_reason?: string;
  /** 退款类型 REFUND_ITEM 退菜退款 ONLY_REFUND仅退款款ANTI_SEELEMENT 反结账 */
  refund_type?: string;
  /** 退款单状态 SUCCESS 成功； FAIL失败 */
  status?: string;
  /** 退款成功时间 */
  success_time?: Int64Input;
}

/** `SubOrderInfo` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadSubOrderInfoInput {
  /** 商品附加费金额 如配料，做法 */
  item_attach_fee?: Int64Input;
  /** 商品ID */
  out_item_id?: string;
  /** 商品的名称 */
  out_item_name?: string;
  /** 主单号 */
  out_order_no?: string;
  /** 商品规格id */
  out_sku_id?: string;
  /** 商品规格名称 */
  out_sku_name?: string;
  /** 子订单号 */
  out_sub_order_no?: string;
  /** 商品单价，如果是称重菜，等于subTotalFee */
  price?: Int64Input;
  /** 份数，如果是称重菜，值直接传1 */
  quantity?: Int64Input;
  /** 备注 */
  remark?: string;
  /** 商品总金额,包含配料，做法 */
  sub_total_fee?: Int64Input;
  /** 单位 */
  unit?: string;
  /** 重量 */
  weight?: string;
}

/** `BaseResult` of `alibaba.alsc.order.order.upload`. */
export interface AlibabaAlscOrderOrderUploadBaseResult {
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否失败 */
  fail?: boolean;
  /** 是否处理中 */
  process?: boolean;
  /** 1成功，2失败，3处理中 */
  status?: Int64;
  /** 是否执行成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_backflow_request: {
    biz_source: 'String',
    order_attribute_info_list: [
      {
        attr_group: 'String',
        combo_info_list: [
          {
            cooking_methods_info_list: [
              {
                actual_fee: 'Number',
                item_count: 'Number',
                out_attach_item_id: 'String',
                out_attach_item_name: 'String',
                price: 'Number',
                unit: 'String',
                weight: 'String',
                total_fee: 'Number',
              },
            ],
            ingredients_info_list: [
              {
                actual_fee: 'Number',
                item_count: 'Number',
                out_attach_item_id: 'String',
                out_attach_item_name: 'String',
                price: 'Number',
                unit: 'String',
                weight: 'String',
                total_fee: 'Number',
              },
            ],
            item_count: 'Number',
            out_item_id: 'String',
            out_item_name: 'String',
            out_sku_id: 'String',
            out_sku_name: 'String',
            price: 'Number',
            unit: 'String',
            weight: 'String',
          },
        ],
        cooking_methods_info_list: [
          {
            actual_fee: 'Number',
            item_count: 'Number',
            out_attach_item_id: 'String',
            out_attach_item_name: 'String',
            price: 'Number',
            unit: 'String',
            weight: 'String',
            total_fee: 'Number',
          },
        ],
        ingredients_info_list: [
          {
            actual_fee: 'Number',
            item_count: 'Number',
            out_attach_item_id: 'String',
            out_attach_item_name: 'String',
            price: 'Number',
            unit: 'String',
            weight: 'String',
            total_fee: 'Number',
          },
        ],
        other_info_list: [
          {
            actual_fee: 'Number',
            item_count: 'Number',
            out_attach_item_id: 'String',
            out_attach_item_name: 'String',
            price: 'Number',
            unit: 'String',
            weight: 'String',
            total_fee: 'Number',
          },
        ],
        out_biz_id: 'String',
        out_order_no: 'String',
        service_fee_info_list: [
          {
            service_actual_fee: 'Number',
            service_name: 'String',
            service_promo_fee: 'Number',
            service_total_fee: 'Number',
          },
        ],
      },
    ],
    order_info: {
      actual_fee: 'Number',
      attach_total_fee: 'Number',
      business_date: 'String',
      business_type: 'String',
      business_type_desc: 'String',
      device_id: 'String',
      device_ip: 'String',
      dinner_number: 'String',
      dinner_persons: 'Number',
      dinner_type: 'String',
      order_channel: 'String',
      order_time: 'Number',
      out_cashier_id: 'String',
      out_cashier_name: 'String',
      out_delivery_id: 'String',
      out_delivery_name: 'String',
      out_order_no: 'String',
      out_salesman_id: 'String',
      out_salesman_name: 'String',
      out_seller_id: 'String',
      out_store_id: 'String',
      out_vip_user_id: 'String',
      out_waiter_id: 'String',
      out_waiter_name: 'String',
      promo_fee: 'Number',
      related_out_order_no: 'String',
      remark: 'String',
      scrap_fee: 'Number',
      service_total_fee: 'Number',
      status: 'String',
      table_number: 'String',
      tax_total_fee: 'Number',
      total_fee: 'Number',
      vip_user_id: 'String',
      ext_info: 'String',
      out_org_id: 'String',
    },
    pay_detail_info_list: [
      {
        out_operator_id: 'String',
        out_operator_name: 'String',
        out_order_no: 'String',
        out_pay_channel_id: 'String',
        out_pay_channel_name: 'String',
        out_pay_code: 'String',
        out_pay_detail_id: 'String',
        out_trade_no: 'String',
        pay_account_id: 'String',
        pay_card_id: 'String',
        pay_fee: 'Number',
        pay_source: 'String',
        status: 'String',
        success_time: 'Number',
      },
    ],
    promo_detail_info_list: [
      {
        out_authorizer_id: 'String',
        out_authorizer_name: 'String',
        out_order_no: 'String',
        out_promo_detail_id: 'String',
        promo_fee: 'Number',
        promo_id: 'String',
        promo_name: 'String',
        promo_reason: 'String',
      },
    ],
    refund_fund_detail_info_list: [
      {
        out_order_no: 'String',
        out_pay_channel_id: 'String',
        out_pay_channel_name: 'String',
        out_pay_code: 'String',
        out_refund_fund_detail_no: 'String',
        out_refund_no: 'String',
        out_refund_order_no: 'String',
        refund_fee: 'Number',
        status: 'String',
        success_time: 'Number',
        ext_info: 'String',
      },
    ],
    refund_item_detail_info_list: [
      {
        out_item_id: 'String',
        out_item_name: 'String',
        out_refund_item_detail_no: 'String',
        out_refund_order_no: 'String',
        out_sub_order_no: 'String',
        refund_count: 'Number',
      },
    ],
    refund_order_info_list: [
      {
        device_id: 'String',
        device_ip: 'String',
        out_authorizer_id: 'String',
        out_authorizer_name: 'String',
        out_operator_id: 'String',
        out_operator_name: 'String',
        out_order_no: 'String',
        out_refund_order_no: 'String',
        refund_fee: 'Number',
        refund_reason: 'String',
        refund_type: 'String',
        status: 'String',
        success_time: 'Number',
      },
    ],
    sub_order_info_list: [
      {
        item_attach_fee: 'Number',
        out_item_id: 'String',
        out_item_name: 'String',
        out_order_no: 'String',
        out_sku_id: 'String',
        out_sku_name: 'String',
        out_sub_order_no: 'String',
        price: 'Number',
        quantity: 'Number',
        remark: 'String',
        sub_total_fee: 'Number',
        unit: 'String',
        weight: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    fail: 'Boolean',
    process: 'Boolean',
    status: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.order.order.upload`: method, response root, request and response schemas. */
export const alibabaAlscOrderOrderUploadOperation = {
  method: 'alibaba.alsc.order.order.upload',
  responseRoot: 'alibaba_alsc_order_order_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单回流 — calls TOP method `alibaba.alsc.order.order.upload`.
 *
 * 第三方订单回流
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscOrderOrderUpload(
  client: TopClient,
  request: AlibabaAlscOrderOrderUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscOrderOrderUploadResponse> {
  return client.call<AlibabaAlscOrderOrderUploadResponse>(
    {
      method: 'alibaba.alsc.order.order.upload',
      responseRoot: 'alibaba_alsc_order_order_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
