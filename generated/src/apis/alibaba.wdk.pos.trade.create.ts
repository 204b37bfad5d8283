// Generated from specs/trade/alibaba.wdk.pos.trade.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.pos.trade.create` (轻pos品牌营销下单接口). */
export interface AlibabaWdkPosTradeCreateRequest {
  /** 下单请求 */
  create_request?: AlibabaWdkPosTradeCreateFastBuyPosCreateRequestInput;
}

/** Response of `alibaba.wdk.pos.trade.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkPosTradeCreateResponse {
  /** 创单结果 */
  result?: AlibabaWdkPosTradeCreateFastBuyPosCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FastBuyPosCreateRequest` of `alibaba.wdk.pos.trade.create`. */
export interface AlibabaWdkPosTradeCreateFastBuyPosCreateRequestInput {
  /** 收银员工号 */
  cashier_num?: string;
  /** 购买商品信息 */
  items?: AlibabaWdkPosTradeCreateFastBuyPosItemBoInput[];
  /** pos机id */
  machine_id?: string;
  /** 外部唯一订单号 */
  out_order_id: string;
  /** 付款码 */
  pay_code?: string;
  /** 经营店id */
  store_id?: string;
  /** 支付宝支付金额 */
  pay_fee?: Int64Input;
  /** 外部门店编码 */
  out_shop_code?: string;
  /** 外部优惠券支付金额 */
  out_coupon_pay_fee?: Int64Input;
  /** 扩展属性 */
  extend_info?: string;
  /** 外部优惠金额 */
  out_promotion_fee?: Int64Input;
}

/** `FastBuyPosItemBo` of `alibaba.wdk.pos.trade.create`. */
export interface AlibabaWdkPosTradeCreateFastBuyPosItemBoInput {
  /** 购买库存数量 */
  inv_quantity?: string;
  /** 商品条码 */
  bar_code?: string;
  /** 商品名称 */
  title?: string;
  /** 商品单价 */
  unit_price?: Int64Input;
  /** 商品行号,单次下单自增 */
  line_id?: Int64Input;
  /** 商家商品编码 */
  sku_code?: string;
  /** 扩展属性 */
  extend_info?: string;
  /** 一阶段优惠金额（商品实际优惠金额）：单价*数量-商家优惠 */
  promotion_fee?: Int64Input;
}

/** `FastBuyPosCreateResult` of `alibaba.wdk.pos.trade.create`. */
export interface AlibabaWdkPosTradeCreateFastBuyPosCreateResult {
  /** 盒马订单号 */
  biz_order_id?: Int64;
  /** 优惠券优惠金额 */
  coupon_fee?: Int64;
  /** 优惠活动优惠金额 */
  promotion_fee?: Int64;
  /** 返回错误码 */
  return_code?: string;
  /** 返回错误信息 */
  return_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  create_request: {
    cashier_num: 'String',
    items: [
      {
        inv_quantity: 'String',
        bar_code: 'String',
        title: 'String',
        unit_price: 'Number',
        line_id: 'Number',
        sku_code: 'String',
        extend_info: 'String',
        promotion_fee: 'Number',
      },
    ],
    machine_id: 'String',
    out_order_id: 'String',
    pay_code: 'String',
    store_id: 'String',
    pay_fee: 'Number',
    out_shop_code: 'String',
    out_coupon_pay_fee: 'Number',
    extend_info: 'String',
    out_promotion_fee: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_order_id: 'Number',
    coupon_fee: 'Number',
    promotion_fee: 'Number',
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.pos.trade.create`: method, response root, request and response schemas. */
export const alibabaWdkPosTradeCreateOperation = {
  method: 'alibaba.wdk.pos.trade.create',
  responseRoot: 'alibaba_wdk_pos_trade_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻pos品牌营销下单接口 — calls TOP method `alibaba.wdk.pos.trade.create`.
 *
 * 提供给石基进行轻pos品牌营销下单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkPosTradeCreate(
  client: TopClient,
  request: AlibabaWdkPosTradeCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkPosTradeCreateResponse> {
  return client.call<AlibabaWdkPosTradeCreateResponse>(
    {
      method: 'alibaba.wdk.pos.trade.create',
      responseRoot: 'alibaba_wdk_pos_trade_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
