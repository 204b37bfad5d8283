// Generated from specs/trade/alibaba.omni.saas.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.omni.saas.order.create` (订单创建接口). */
export interface AlibabaOmniSaasOrderCreateRequest {
  /**
   * 商品列表
   *
   * Max list size: 20
   */
  goods_details: AlibabaOmniSaasOrderCreateGoodsDetailInput[];
  /** 买家标识，淘系用户或用户手机号。当支付渠道为支付宝时，此字段为淘宝会员码或支付宝付款码。(当前仅支持淘系用户，手机号下单稍后开放) */
  buyer_id?: string;
  /** ALIPAY：支付宝用户；TAOBAO：淘宝会员码；MOBILE：手机号 */
  buyer_id_type: string;
  /** 门店ID */
  store_id: string;
  /** 收银设备类型 */
  device?: string;
  /** 收银设备号 */
  device_no?: string;
  /** 收银员标识 */
  operator_id?: string;
  /** ALIPAY：支付宝付款；BANK_CARD：刷卡 */
  pay_channel: string;
  /**
   * 商家自有优惠
   *
   * Max list size: 20
   */
  coupon_infos?: AlibabaOmniSaasOrderCreateCouponInfoInput[];
  /** PLACE：淘宝商户中心门店ID；CUSTOM：商户自有门店编码，需要维护到淘宝商户中心 */
  store_id_type: string;
  /** 请求号，用于标识一次请求 */
  request_no: string;
}

/** Response of `alibaba.omni.saas.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOmniSaasOrderCreateResponse {
  /** tradeNo */
  trade_no?: Int64;
  /** totalAmount */
  total_amount?: Int64;
  /** actualPayFee */
  actual_pay_fee?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsDetail` of `alibaba.omni.saas.order.create`. */
export interface AlibabaOmniSaasOrderCreateGoodsDetailInput {
  /** 商品标识 */
  goods_id: string;
  /** 商品单价，人民币：分 */
  price: string;
  /** 商品数量 */
  quantity: string;
  /** 商品ID类型。CUSTOM：外部编码；ITEM_SKU：淘系商品itemId_skuId组合形式。无SKU则为itemId_0 */
  id_type: string;
}

/** `CouponInfo` of `alibaba.omni.saas.order.create`. */
export interface AlibabaOmniSaasOrderCreateCouponInfoInput {
  /** 优惠名称 */
  name?: string;
  /** 优惠金额，单位人民币：分 */
  discount?: Int64Input;
  /** 优惠标识，编号 */
  option_id?: string;
}

const REQUEST_SCHEMA = {
  goods_details: [
    {
      goods_id: 'String',
      price: 'String',
      quantity: 'String',
      id_type: 'String',
    },
  ],
  buyer_id: 'String',
  buyer_id_type: 'String',
  store_id: 'String',
  device: 'String',
  device_no: 'String',
  operator_id: 'String',
  pay_channel: 'String',
  coupon_infos: [
    {
      name: 'String',
      discount: 'Number',
      option_id: 'String',
    },
  ],
  store_id_type: 'String',
  request_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade_no: 'Number',
  total_amount: 'Number',
  actual_pay_fee: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.omni.saas.order.create`: method, response root, request and response schemas. */
export const alibabaOmniSaasOrderCreateOperation = {
  method: 'alibaba.omni.saas.order.create',
  responseRoot: 'alibaba_omni_saas_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单创建接口 — calls TOP method `alibaba.omni.saas.order.create`.
 *
 * 服务商利用现有的saas系统和阿里完成交易系统的对接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOmniSaasOrderCreate(
  client: TopClient,
  request: AlibabaOmniSaasOrderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaOmniSaasOrderCreateResponse> {
  return client.call<AlibabaOmniSaasOrderCreateResponse>(
    {
      method: 'alibaba.omni.saas.order.create',
      responseRoot: 'alibaba_omni_saas_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
