// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.channel.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.channel.order.cancel` (翱象商家自有渠道 交易订单取消). */
export interface AlibabaTclsAelophyMerchantChannelOrderCancelRequest {
  /** 取消信息 */
  user_cancel_info: AlibabaTclsAelophyMerchantChannelOrderCancelOrderUserCancelInfoInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.channel.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantChannelOrderCancelResponse {
  /** 返回结果 */
  api_result?: AlibabaTclsAelophyMerchantChannelOrderCancelApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderUserCancelInfo` of `alibaba.tcls.aelophy.merchant.channel.order.cancel`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCancelOrderUserCancelInfoInput {
  /** 外部订单ID */
  out_order_id: string;
  /** 外部渠道店ID(与shop_id必选其一) */
  out_shop_id?: string;
  /** 渠道来源(选填out_shop_id时该值必填) */
  order_from?: Int64Input;
  /** 渠道店id(与out_shop_id必选其一) */
  shop_id?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.channel.order.cancel`. */
export interface AlibabaTclsAelophyMerchantChannelOrderCancelApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
  /** 错误编码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  user_cancel_info: {
    out_order_id: 'String',
    out_shop_id: 'String',
    order_from: 'Number',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.channel.order.cancel`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantChannelOrderCancelOperation = {
  method: 'alibaba.tcls.aelophy.merchant.channel.order.cancel',
  responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象商家自有渠道 交易订单取消 — calls TOP method `alibaba.tcls.aelophy.merchant.channel.order.cancel`.
 *
 * 翱象小程序用户取消订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantChannelOrderCancel(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantChannelOrderCancelRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantChannelOrderCancelResponse> {
  return client.call<AlibabaTclsAelophyMerchantChannelOrderCancelResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.channel.order.cancel',
      responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
