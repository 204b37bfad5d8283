// Generated from specs/trade/alibaba.wdk.trade.refund.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.refund.create` (外部渠道逆向订单创建). */
export interface AlibabaWdkTradeRefundCreateRequest {
  /** 退货请求 */
  refund_goods_create_request?: AlibabaWdkTradeRefundCreateRefundGoodsCreateRequestInput;
}

/** Response of `alibaba.wdk.trade.refund.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeRefundCreateResponse {
  /** 返回结果 */
  result?: AlibabaWdkTradeRefundCreateRefundGoodsCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundGoodsCreateRequest` of `alibaba.wdk.trade.refund.create`. */
export interface AlibabaWdkTradeRefundCreateRefundGoodsCreateRequestInput {
  /** 退货商品列表 */
  refund_goods_sub_orders?: AlibabaWdkTradeRefundCreateRefundGoodsSubOrderInput[];
  /** 子订单号，默认传商品列表的第一个子订单号 */
  sub_biz_order_id: string;
  /** 门店标识 */
  shop_id: string;
  /** 取货类型（"FETCH_HOME"：上门；"ON_SHOP"：到店；"NONE"：无需取） */
  refund_fetch_type: string;
  /** 主订单号 */
  main_biz_order_id: string;
  /** 买家标识 */
  buyer_id: string;
  /** 买家姓名 */
  buyer_name?: string;
  /** 买家联系方式 */
  buyer_phone?: string;
  /** 买家地址 */
  buyer_address?: string;
  /** 操作人 */
  operator?: string;
  /** 小二备注 */
  operator_memo?: string;
  /** 渠道来源，欧尚外卖默认是19 */
  init_from?: Int64Input;
}

/** `RefundGoodsSubOrder` of `alibaba.wdk.trade.refund.create`. */
export interface AlibabaWdkTradeRefundCreateRefundGoodsSubOrderInput {
  /** 退货商品子订单号 */
  sub_biz_order_id: string;
  /** 退货件数 */
  goods_amount: string;
  /** 取货件数 */
  fulfill_amount: string;
  /** 商品skucode */
  sku_code?: string;
  /** 退款金额 */
  refund_fee?: Int64Input;
  /** 期待取货结束时间 */
  fulfill_end_time?: DateInput;
  /** 期待取货开始时间 */
  fulfill_start_time?: DateInput;
  /** 是否称重 */
  weight_item: boolean;
  /** 是否赠品 */
  gift: boolean;
  /** 是否离开货架 */
  left_warehouse?: boolean;
  /** 退款单id */
  refund_id?: string;
}

/** `RefundGoodsCreateResult` of `alibaba.wdk.trade.refund.create`. */
export interface AlibabaWdkTradeRefundCreateRefundGoodsCreateResult {
  /** 退货单id */
  refund_goods_id?: string;
  /** 是否创建成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  refund_goods_create_request: {
    refund_goods_sub_orders: [
      {
        sub_biz_order_id: 'String',
        goods_amount: 'String',
        fulfill_amount: 'String',
        sku_code: 'String',
        refund_fee: 'Number',
        fulfill_end_time: 'Date',
        fulfill_start_time: 'Date',
        weight_item: 'Boolean',
        gift: 'Boolean',
        left_warehouse: 'Boolean',
        refund_id: 'String',
      },
    ],
    sub_biz_order_id: 'String',
    shop_id: 'String',
    refund_fetch_type: 'String',
    main_biz_order_id: 'String',
    buyer_id: 'String',
    buyer_name: 'String',
    buyer_phone: 'String',
    buyer_address: 'String',
    operator: 'String',
    operator_memo: 'String',
    init_from: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    refund_goods_id: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.refund.create`: method, response root, request and response schemas. */
export const alibabaWdkTradeRefundCreateOperation = {
  method: 'alibaba.wdk.trade.refund.create',
  responseRoot: 'alibaba_wdk_trade_refund_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部渠道逆向订单创建 — calls TOP method `alibaba.wdk.trade.refund.create`.
 *
 * 该接口是创建退货订单的服务。当外部渠道发起退款后，调用此接口可以完成五道口底层交易、履约、配送等一系列流程进行退货。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeRefundCreate(
  client: TopClient,
  request: AlibabaWdkTradeRefundCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkTradeRefundCreateResponse> {
  return client.call<AlibabaWdkTradeRefundCreateResponse>(
    {
      method: 'alibaba.wdk.trade.refund.create',
      responseRoot: 'alibaba_wdk_trade_refund_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
