// Generated from specs/alsc/alibaba.alsc.crm.open.order.backflow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.order.backflow` (订单回流接口). */
export interface AlibabaAlscCrmOpenOrderBackflowRequest {
  /** 入参 */
  param_order_backflow_open_req?: AlibabaAlscCrmOpenOrderBackflowOrderBackflowOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.order.backflow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenOrderBackflowResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenOrderBackflowCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderBackflowOpenReq` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowOrderBackflowOpenReqInput {
  /** 待支付动作-WAIT_PAY， 支付动作-PAID, 订单成功动作-SUCCESS， 订单关闭动作-CLOSE， 退款动作-REFUND */
  action: string;
  /** 品牌id */
  brand_id: string;
  /** 扩展 */
  ext_info?: string;
  /** 发票信息 */
  invoice_info?: AlibabaAlscCrmOpenOrderBackflowInvoiceInfoInput;
  /** 物流信息 */
  logistical_info?: AlibabaAlscCrmOpenOrderBackflowLogisticalInfoInput;
  /** 操作人 */
  operator_id?: string;
  /** 订单信息 */
  order_info: AlibabaAlscCrmOpenOrderBackflowOrderInfoInput;
  /** 支付信息 */
  payment_info_list?: AlibabaAlscCrmOpenOrderBackflowPaymentInfoInput[];
  /** 退款信息 */
  refund_info_list?: AlibabaAlscCrmOpenOrderBackflowRefundInfoInput[];
  /** 请求id */
  request_id: string;
  /** 门店id */
  shop_id: string;
  /** 操作人姓名 */
  operator_name?: string;
  /** 服务人员类别 */
  service_person_category?: string;
  /** 服务人员名称 */
  service_person_name?: string;
  /** 服务人员ID */
  service_person_id?: string;
  /** 订单类型-餐饮-RESTAURANT 生服-LIFE_SERVICE */
  order_channel?: string;
}

/** `InvoiceInfo` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowInvoiceInfoInput {
  /** 发票抬头 */
  invoice?: string;
  /** 发票类型： 个人-PERSONAL公司-COMPANY */
  invoice_type?: string;
  /** 纳税人识别码 */
  tax_payer_id?: string;
}

/** `LogisticalInfo` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowLogisticalInfoInput {
  /** 送达时间 */
  arrive_time?: DateInput;
  /** 物流状态：WAIT_DELIVERY("WAIT_DELIVERY", "待发货"), WAIT_RECEIVE("WAIT_RECEIVE", "待收货"), SUCCESS("SUCCESS", "确认收货"), REFUND("REFUND", "退货"); */
  logistics_status?: string;
  /** 收款地址 */
  receive_address?: string;
  /** 联系人手机 */
  receive_phone?: string;
}

/** `OrderInfo` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowOrderInfoInput {
  /** 订单生效时间（外卖单） */
  active_time?: DateInput;
  /** 渠道 */
  biz_channel?: string;
  /** 订单创建时间 */
  gmt_create?: DateInput;
  /** 订单更新时间 */
  gmt_modified?: DateInput;
  /** 商品信息 */
  item_list?: AlibabaAlscCrmOpenOrderBackflowItemInput[];
  /** 订单备注,长度不超过256 */
  memo?: string;
  /** pos点餐：POS_ORDER 扫码点餐：CODE_ORDER 线上点餐到店（美团）:MEITUAN_ONLINE 线上点餐到店（口碑）:KOUBEI_ONLINE 线上点餐到店（其他）:OTHER_ONLINE 到家外卖（美团）:MEITUAN_TAKEOUT 到家外卖（饿了么）:ELEME_TAKEOUT 其他:OTHER */
  order_source?: string;
  /** 订单状态: WAIT_PAY("WAIT_PAY", "订单待支付"), PAID("PAID", "订单已支付"), SUCCESS("SUCCESS", "订单完成"), CLOSED("CLOSED", "已关闭"), REFUND("REFUND", "订单已退款"); */
  order_status?: string;
  /** 外部买家基础信息 */
  out_buyer?: AlibabaAlscCrmOpenOrderBackflowOrderUserInput;
  /** 外部卖家基础信息 */
  out_seller?: AlibabaAlscCrmOpenOrderBackflowOrderUserInput;
  /** 外部订单号 */
  outer_order_id?: string;
  /** 门店地址 */
  shop_address?: string;
  /** 门店id */
  shop_id?: string;
  /** 门店名称 */
  shop_name?: string;
  /** 履约方式 */
  performance_way?: string;
}

/** `Item` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowItemInput {
  /** 实际费用 */
  actual_fee?: Int64Input;
  /** 商品名称 */
  goods_name?: string;
  /** 价格 */
  price?: Int64Input;
  /** 优惠金额 */
  prom_fee?: Int64Input;
  /** 商品规格，需保证唯一 */
  sku?: string;
  /** 商品码 */
  spu?: string;
  /** 总金额 */
  total_fee?: Int64Input;
  /** 单位 */
  unit?: string;
  /** 数量 */
  quantity?: string;
  /** 一级分类 */
  primary_class?: string;
  /** 二级分类 */
  secondary_class?: string;
}

/** `OrderUser` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowOrderUserInput {
  /** 邮箱 */
  email?: string;
  /** 名称 */
  name?: string;
  /** 昵称 */
  nick_name?: string;
  /** 手机号 */
  phone?: string;
  /** 用户类型： WECHAT-微信 ALIPAY-支付宝OTHER-其他 */
  type?: string;
  /** 用户userId（支付宝ID/微信ID） */
  user_id?: string;
}

/** `PaymentInfo` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowPaymentInfoInput {
  /** 费用明细 */
  fee_detail_list?: AlibabaAlscCrmOpenOrderBackflowFeeDetailInput[];
  /** 订单总金额 */
  order_total_amount?: Int64Input;
  /** 外部付款方基础信息 */
  out_payer?: AlibabaAlscCrmOpenOrderBackflowOrderUserInput;
  /** 外部付款单号 */
  out_payment_no?: string;
  /** 支付宝-ALIPAY 微信-WECHAT 其他-OTHER */
  pay_channel?: string;
  /** 现金-CASH, 代扣-DEDUCT, 银行卡支付-BANK, 储值-STOREDVALUE, 微信-WECHAT, 支付宝 -ALIPAY, 积分-POINTS, 线下券-VOUCHER, 其他方式-OTHER; */
  pay_method?: string;
  /** 支付状态： INITIAL("INITIAL", "初始状态"), WAIT_PAY("WAIT_PAY", "待支付状态"), SUCCESS("SUCCESS", "支付成功状态"), CANCEL("CANCEL", "支付冲正状态"), CLOSE("CLOSE", "关闭状态"); */
  payment_status?: string;
  /** 支付时间 */
  payment_time?: DateInput;
  /** 商家实收 */
  seller_receive_amount?: Int64Input;
  /** 付款方实付金额 */
  user_pay_amount?: Int64Input;
}

/** `FeeDetail` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowFeeDetailInput {
  /** 金额 */
  amount?: Int64Input;
  /** 计算方式 ： 加-PLUS 加-MINUS */
  operator?: string;
  /** MERCHANT_ADJUST 商家调整 PLATFORM_PROM 平台优惠 MERCHANT_PROM 商家优惠 CHARGE 储值 POINT 积分 OTHER 其他 */
  type?: string;
}

/** `RefundInfo` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowRefundInfoInput {
  /** 退款金额 */
  refund_amount?: Int64Input;
  /** 退款商品 */
  refund_item_list?: AlibabaAlscCrmOpenOrderBackflowItemInput2[];
  /** 退款流水号（支付宝单号、微信单号、三方单号） */
  refund_pay_no?: string;
  /** 退款状态： INITIAL("INITIAL", "退款初始状态"), PROCESSING("PROCESSING", "处理中状态"), SUCCESS("SUCCESS", "退款成功状态"), FAIL("FAIL", "退款失败状态"); */
  refund_status?: string;
  /** 退款时间 */
  refund_time?: DateInput;
  /** 退款类型 ： 整单-ALL 部分-PART */
  refund_type?: string;
  /** 退款单号，必填 */
  out_refund_no?: string;
}

/** `Item` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowItemInput2 {
  /** 实收费用 */
  actual_fee?: Int64Input;
  /** 商品名称 */
  goods_name?: string;
  /** 单价 */
  price?: Int64Input;
  /** 优惠价格 */
  prom_fee?: Int64Input;
  /** 规格 */
  sku?: string;
  /** 商品码 */
  spu?: string;
  /** 总金额 */
  total_fee?: Int64Input;
  /** 计量单位 */
  unit?: string;
  /** 数量 */
  quantity?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.order.backflow`. */
export interface AlibabaAlscCrmOpenOrderBackflowCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_desc?: string;
  /** 结果描述 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_order_backflow_open_req: {
    action: 'String',
    brand_id: 'String',
    ext_info: 'String',
    invoice_info: {
      invoice: 'String',
      invoice_type: 'String',
      tax_payer_id: 'String',
    },
    logistical_info: {
      arrive_time: 'Date',
      logistics_status: 'String',
      receive_address: 'String',
      receive_phone: 'String',
    },
    operator_id: 'String',
    order_info: {
      active_time: 'Date',
      biz_channel: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      item_list: [
        {
          actual_fee: 'Number',
          goods_name: 'String',
          price: 'Number',
          prom_fee: 'Number',
          sku: 'String',
          spu: 'String',
          total_fee: 'Number',
          unit: 'String',
          quantity: 'String',
          primary_class: 'String',
          secondary_class: 'String',
        },
      ],
      memo: 'String',
      order_source: 'String',
      order_status: 'String',
      out_buyer: {
        email: 'String',
        name: 'String',
        nick_name: 'String',
        phone: 'String',
        type: 'String',
        user_id: 'String',
      },
      out_seller: {
        email: 'String',
        name: 'String',
        nick_name: 'String',
        phone: 'String',
        type: 'String',
        user_id: 'String',
      },
      outer_order_id: 'String',
      shop_address: 'String',
      shop_id: 'String',
      shop_name: 'String',
      performance_way: 'String',
    },
    payment_info_list: [
      {
        fee_detail_list: [
          {
            amount: 'Number',
            operator: 'String',
            type: 'String',
          },
        ],
        order_total_amount: 'Number',
        out_payer: {
          email: 'String',
          name: 'String',
          nick_name: 'String',
          phone: 'String',
          type: 'String',
          user_id: 'String',
        },
        out_payment_no: 'String',
        pay_channel: 'String',
        pay_method: 'String',
        payment_status: 'String',
        payment_time: 'Date',
        seller_receive_amount: 'Number',
        user_pay_amount: 'Number',
      },
    ],
    refund_info_list: [
      {
        refund_amount: 'Number',
        refund_item_list: [
          {
            actual_fee: 'Number',
            goods_name: 'String',
            price: 'Number',
            prom_fee: 'Number',
            sku: 'String',
            spu: 'String',
            total_fee: 'Number',
            unit: 'String',
            quantity: 'String',
          },
        ],
        refund_pay_no: 'String',
        refund_status: 'String',
        refund_time: 'Date',
        refund_type: 'String',
        out_refund_no: 'String',
      },
    ],
    request_id: 'String',
    shop_id: 'String',
    operator_name: 'String',
    service_person_category: 'String',
    service_person_name: 'String',
    service_person_id: 'String',
    order_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: 'Boolean',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.open.order.backflow`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenOrderBackflowOperation = {
  method: 'alibaba.alsc.crm.open.order.backflow',
  responseRoot: 'alibaba_alsc_crm_open_order_backflow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单回流接口 — calls TOP method `alibaba.alsc.crm.open.order.backflow`.
 *
 * 回流isv订单接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenOrderBackflow(
  client: TopClient,
  request: AlibabaAlscCrmOpenOrderBackflowRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenOrderBackflowResponse> {
  return client.call<AlibabaAlscCrmOpenOrderBackflowResponse>(
    {
      method: 'alibaba.alsc.crm.open.order.backflow',
      responseRoot: 'alibaba_alsc_crm_open_order_backflow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
