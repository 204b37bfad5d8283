// Generated from specs/trade/alibaba.wdk.trade.refund.inform.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.refund.inform` (外部渠道通知淘鲜达退款成功接口). */
export interface AlibabaWdkTradeRefundInformRequest {
  /** 通知退款成功请求 */
  inform_refund_success_request?: AlibabaWdkTradeRefundInformInformRefundSuccessRequestInput;
}

/** Response of `alibaba.wdk.trade.refund.inform`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeRefundInformResponse {
  /** 返回结果 */
  result?: AlibabaWdkTradeRefundInformInformRefundSuccessResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InformRefundSuccessRequest` of `alibaba.wdk.trade.refund.inform`. */
export interface AlibabaWdkTradeRefundInformInformRefundSuccessRequestInput {
  /**
   * 门店编码
   *
   * @example 12200
   */
  shop_id: string;
  /** 退货成功履约子单 */
  refund_fulfill_sub_orders?: AlibabaWdkTradeRefundInformRefundSuccessSubOrderRequestInput[];
}

/** `RefundSuccessSubOrderRequest` of `alibaba.wdk.trade.refund.inform`. */
export interface AlibabaWdkTradeRefundInformRefundSuccessSubOrderRequestInput {
  /**
   * 子订单id
   *
   * @example 11223
   */
  sub_biz_order_id: string;
  /**
   * 退货单id
   *
   * @example 3333
   */
  refund_goods_id: string;
  /**
   * 履约单id
   *
   * @example 22223
   */
  fulfill_id?: string;
  /**
   * 退款单id
   *
   * @example 888893922
   */
  refund_id?: string;
  /**
   * 商品编码
   *
   * @example 2322
   */
  sku_code?: string;
  /**
   * 实际退货数量
   *
   * @example 2
   */
  actual_refund_quantity: string;
  /**
   * 实际退款金额
   *
   * @example 122
   */
  refund_amount: string;
  /**
   * 退货状态(1:退货退款；0:仅退款)
   *
   * @example 1
   */
  refund_type?: Int64Input;
  /**
   * 期望取货销售数量
   *
   * @example 3
   */
  expect_fetch_sale_quantity?: string;
}

/** `InformRefundSuccessResult` of `alibaba.wdk.trade.refund.inform`. */
export interface AlibabaWdkTradeRefundInformInformRefundSuccessResult {
  /**
   * 是否成功
   *
   * @example true
   */
  success?: boolean;
  /**
   * 错误编码
   *
   * @example ILLEGAL_PARAMETERS
   */
  error_code?: string;
  /**
   * 错误信息
   *
   * @example 参数不合法
   */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  inform_refund_success_request: {
    shop_id: 'String',
    refund_fulfill_sub_orders: [
      {
        sub_biz_order_id: 'String',
        refund_goods_id: 'String',
        fulfill_id: 'String',
        refund_id: 'String',
        sku_code: 'String',
        actual_refund_quantity: 'String',
        refund_amount: 'String',
        refund_type: 'Number',
        expect_fetch_sale_quantity: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.refund.inform`: method, response root, request and response schemas. */
export const alibabaWdkTradeRefundInformOperation = {
  method: 'alibaba.wdk.trade.refund.inform',
  responseRoot: 'alibaba_wdk_trade_refund_inform_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部渠道通知淘鲜达退款成功接口 — calls TOP method `alibaba.wdk.trade.refund.inform`.
 *
 * 该接口用于外部渠道退款成功后，通知淘鲜达底层履约完成退款流程。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeRefundInform(
  client: TopClient,
  request: AlibabaWdkTradeRefundInformRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkTradeRefundInformResponse> {
  return client.call<AlibabaWdkTradeRefundInformResponse>(
    {
      method: 'alibaba.wdk.trade.refund.inform',
      responseRoot: 'alibaba_wdk_trade_refund_inform_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
