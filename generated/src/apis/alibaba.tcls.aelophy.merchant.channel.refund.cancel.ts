// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.channel.refund.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.channel.refund.cancel` (翱象商家自有渠道 逆向单申请取消). */
export interface AlibabaTclsAelophyMerchantChannelRefundCancelRequest {
  /** 逆向申请取消 */
  refund_cancel_info: AlibabaTclsAelophyMerchantChannelRefundCancelRefundCancelInfoInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.channel.refund.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantChannelRefundCancelResponse {
  /** 结果 */
  api_result?: AlibabaTclsAelophyMerchantChannelRefundCancelApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundCancelInfo` of `alibaba.tcls.aelophy.merchant.channel.refund.cancel`. */
export interface AlibabaTclsAelophyMerchantChannelRefundCancelRefundCancelInfoInput {
  /** 外部主单号 */
  out_order_id: string;
  /** 外部渠道店ID(与shop_id必选其一) */
  out_shop_id?: string;
  /** 外部逆向单ID */
  out_refund_id: string;
  /** 渠道来源(选填out_shop_id时该值必填) */
  order_from?: Int64Input;
  /** 渠道店id(与out_shop_id必选其一) */
  shop_id?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.channel.refund.cancel`. */
export interface AlibabaTclsAelophyMerchantChannelRefundCancelApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 返回码 */
  err_code?: string;
  /** 返回码说明 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  refund_cancel_info: {
    out_order_id: 'String',
    out_shop_id: 'String',
    out_refund_id: 'String',
    order_from: 'Number',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.channel.refund.cancel`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantChannelRefundCancelOperation = {
  method: 'alibaba.tcls.aelophy.merchant.channel.refund.cancel',
  responseRoot: 'alibaba_tcls_aelophy_merchant_channel_refund_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象商家自有渠道 逆向单申请取消 — calls TOP method `alibaba.tcls.aelophy.merchant.channel.refund.cancel`.
 *
 * 翱象小程序 用户逆向申请取消
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantChannelRefundCancel(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantChannelRefundCancelRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantChannelRefundCancelResponse> {
  return client.call<AlibabaTclsAelophyMerchantChannelRefundCancelResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.channel.refund.cancel',
      responseRoot: 'alibaba_tcls_aelophy_merchant_channel_refund_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
