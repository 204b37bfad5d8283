// Generated from specs/mos/alibaba.mj.oc.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.pay` (POS收银成功后订单同步). */
export interface AlibabaMjOcPayRequest {
  /** 订单数据 */
  pos_order: AlibabaMjOcPayPosOrderDtoInput;
}

/** Response of `alibaba.mj.oc.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcPayResponse {
  /** POS交易号 */
  out_trade_no?: string;
  /** errCode */
  ex_code?: Int64;
  /** errMsg */
  ex_msg?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosOrderDto` of `alibaba.mj.oc.pay`. */
export interface AlibabaMjOcPayPosOrderDtoInput {
  /** 扩展信息。 */
  extend_params?: string;
  /** 配送方式：1 : 门店自提，2 ：物流到家 */
  logistics_way: Int64Input;
  /** 门店号 */
  mall_no: string;
  /** 会员卡号 */
  member_card_no?: string;
  /** 操作员 */
  operator?: string;
  /** 交易类别：0 : 收银 1 ：退款 */
  order_type: Int64Input;
  /** POS交易流水号 */
  out_trade_no: string;
  /** 支付列表 */
  payments: AlibabaMjOcPayPosPaymentDtoInput[];
  /** 订单商品列表 */
  sale_items: AlibabaMjOcPayPosSaleItemDtoInput[];
  /** 优惠分摊列表 */
  split_promotions?: AlibabaMjOcPayPosSplitPromotionDtoInput[];
  /** 订单金额，单位分 */
  total_amount?: Int64Input;
  /** OC交易流水号 */
  trade_no?: string;
  /** 付款/退款 时间 */
  pay_time: string;
  /** 退款流水号（退款时必须有） */
  out_refund_no?: string;
  /** 会员手机号 */
  member_mobile_phone?: string;
  /** 订单来源 */
  sale_channle?: Int64Input;
  /** 收银机号 */
  terminal_no?: string;
}

/** `PosPaymentDto` of `alibaba.mj.oc.pay`. */
export interface AlibabaMjOcPayPosPaymentDtoInput {
  /** 扩展参数。注：POS中的支付大类、小类，通过extendParams传。支付大类属性名： paymentType，支付小类属性名： paymentSubType。 */
  extend_params?: string;
  /** 支付/优惠 金额,单位：分 */
  payment_amount: Int64Input;
  /** 支付代码 */
  payment_code: string;
  /** 支付行号 */
  payment_line_no: Int64Input;
  /** 支付名称 */
  payment_name?: string;
  /** 支付流水号 */
  payment_no?: string;
  /** 1:支付，2:优惠 */
  pay_type?: Int64Input;
}

/** `PosSaleItemDto` of `alibaba.mj.oc.pay`. */
export interface AlibabaMjOcPayPosSaleItemDtoInput {
  /** 折扣金额，单位：分 */
  discount_amount: Int64Input;
  /** 扩展参数 */
  extend_params?: string;
  /** 商品ID */
  goods_id: string;
  /** 商品行号 */
  goods_line_no: Int64Input;
  /** 商品名称 */
  goods_name?: string;
  /** 商品类型： N：老单品；Y：喵货；C：云单品；M：零售+ */
  item_type: string;
  /** 门店号 */
  mall_no: string;
  /** 商品原价，单位：分 */
  ori_price: Int64Input;
  /** 应付金额，单位：分 */
  pay_amount: Int64Input;
  /** 数量，可小数点 */
  quantity: string;
  /** 开票单号（） */
  sale_ticket_no?: string;
  /** 结算码（退款的时候必须有） */
  settle_code?: string;
  /** 专柜号 */
  shop_no: string;
  /** 唯一码 */
  unique_code?: string;
}

/** `PosSplitPromotionDto` of `alibaba.mj.oc.pay`. */
export interface AlibabaMjOcPayPosSplitPromotionDtoInput {
  /** 券码 */
  coupon_code?: string;
  /** 商品行号，必须 */
  goods_line_no?: Int64Input;
  /** 支付行号,必须 */
  payment_line_no?: Int64Input;
  /** 结算码 */
  settle_code?: string;
  /** 分摊金额，必须 */
  split_amount?: Int64Input;
  /** 该支付方式支付时间 */
  pay_time?: string;
  /** 大支付方式 */
  payment?: string;
  /** 小支付方式 */
  sub_payment?: string;
  /** 1:支付，2:优惠 */
  pay_type?: Int64Input;
  /** 是否压卡 */
  extend_params?: string;
}

const REQUEST_SCHEMA = {
  pos_order: {
    extend_params: 'String',
    logistics_way: 'Number',
    mall_no: 'String',
    member_card_no: 'String',
    operator: 'String',
    order_type: 'Number',
    out_trade_no: 'String',
    payments: [
      {
        extend_params: 'String',
        payment_amount: 'Number',
        payment_code: 'String',
        payment_line_no: 'Number',
        payment_name: 'String',
        payment_no: 'String',
        pay_type: 'Number',
      },
    ],
    sale_items: [
      {
        discount_amount: 'Number',
        extend_params: 'String',
        goods_id: 'String',
        goods_line_no: 'Number',
        goods_name: 'String',
        item_type: 'String',
        mall_no: 'String',
        ori_price: 'Number',
        pay_amount: 'Number',
        quantity: 'String',
        sale_ticket_no: 'String',
        settle_code: 'String',
        shop_no: 'String',
        unique_code: 'String',
      },
    ],
    split_promotions: [
      {
        coupon_code: 'String',
        goods_line_no: 'Number',
        payment_line_no: 'Number',
        settle_code: 'String',
        split_amount: 'Number',
        pay_time: 'String',
        payment: 'String',
        sub_payment: 'String',
        pay_type: 'Number',
        extend_params: 'String',
      },
    ],
    total_amount: 'Number',
    trade_no: 'String',
    pay_time: 'String',
    out_refund_no: 'String',
    member_mobile_phone: 'String',
    sale_channle: 'Number',
    terminal_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  out_trade_no: 'String',
  ex_code: 'Number',
  ex_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.pay`: method, response root, request and response schemas. */
export const alibabaMjOcPayOperation = {
  method: 'alibaba.mj.oc.pay',
  responseRoot: 'alibaba_mj_oc_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * POS收银成功后订单同步 — calls TOP method `alibaba.mj.oc.pay`.
 *
 * 此API用于在银泰商场中，消费者在收银台收银/退款时， POS系统在收银或退款成功后，调用此接口进行订单同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcPay(
  client: TopClient,
  request: AlibabaMjOcPayRequest,
  options?: CallOptions,
): Promise<AlibabaMjOcPayResponse> {
  return client.call<AlibabaMjOcPayResponse>(
    {
      method: 'alibaba.mj.oc.pay',
      responseRoot: 'alibaba_mj_oc_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
