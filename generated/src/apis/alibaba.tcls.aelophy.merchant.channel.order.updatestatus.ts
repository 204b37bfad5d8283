// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.channel.order.updatestatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.channel.order.updatestatus` (翱象商家自有渠道 订单状态更新). */
export interface AlibabaTclsAelophyMerchantChannelOrderUpdatestatusRequest {
  /** 修改信息 */
  order_status_info: AlibabaTclsAelophyMerchantChannelOrderUpdatestatusOrderStatusInfoInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.channel.order.updatestatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantChannelOrderUpdatestatusResponse {
  /** 返回结果 */
  api_result?: AlibabaTclsAelophyMerchantChannelOrderUpdatestatusApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderStatusInfo` of `alibaba.tcls.aelophy.merchant.channel.order.updatestatus`. */
export interface AlibabaTclsAelophyMerchantChannelOrderUpdatestatusOrderStatusInfoInput {
  /** 外部渠道店ID(与shop_id必选其一) */
  out_shop_id?: string;
  /** 外部订单号 */
  out_order_id: string;
  /** 订单状态 已支付： PAID； TRADE_CLOSE（仅未支付订单） */
  order_status: string;
  /** 渠道来源(选填out_shop_id时该值必填) */
  order_from?: Int64Input;
  /** 渠道店id(与out_shop_id必选其一) */
  shop_id?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.channel.order.updatestatus`. */
export interface AlibabaTclsAelophyMerchantChannelOrderUpdatestatusApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
  /** 错误编码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  order_status_info: {
    out_shop_id: 'String',
    out_order_id: 'String',
    order_status: 'String',
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

/** Static description of `alibaba.tcls.aelophy.merchant.channel.order.updatestatus`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantChannelOrderUpdatestatusOperation = {
  method: 'alibaba.tcls.aelophy.merchant.channel.order.updatestatus',
  responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_updatestatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象商家自有渠道 订单状态更新 — calls TOP method `alibaba.tcls.aelophy.merchant.channel.order.updatestatus`.
 *
 * 订单状态变更
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantChannelOrderUpdatestatus(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantChannelOrderUpdatestatusRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantChannelOrderUpdatestatusResponse> {
  return client.call<AlibabaTclsAelophyMerchantChannelOrderUpdatestatusResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.channel.order.updatestatus',
      responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_updatestatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
