// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.channel.refund.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.channel.refund.apply` (翱象商家自有渠道 逆向单申请). */
export interface AlibabaTclsAelophyMerchantChannelRefundApplyRequest {
  /** 请求对象 */
  refund_apply_info: AlibabaTclsAelophyMerchantChannelRefundApplyRefundApplyInfoInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.channel.refund.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantChannelRefundApplyResponse {
  /** 结果 */
  api_result?: AlibabaTclsAelophyMerchantChannelRefundApplyApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundApplyInfo` of `alibaba.tcls.aelophy.merchant.channel.refund.apply`. */
export interface AlibabaTclsAelophyMerchantChannelRefundApplyRefundApplyInfoInput {
  /** 外部主单号 */
  out_order_id: string;
  /** 外部渠道店ID(与shop_id必选其一) */
  out_shop_id?: string;
  /** 外部逆向单ID */
  out_refund_id: string;
  /** 申请退款金额，单位：分 */
  refund_fee: Int64Input;
  /** 退款原因 */
  refund_reason?: string;
  /** 退的运费 */
  refund_post_fee?: Int64Input;
  /** 退的包装费 */
  refund_package_fee?: Int64Input;
  /** 逆向子单列表 */
  sub_refund_orders: AlibabaTclsAelophyMerchantChannelRefundApplySubRefundOrderInput[];
  /** 渠道来源(选填out_shop_id时该值必填) */
  order_from?: Int64Input;
  /** 渠道店id(与out_shop_id必选其一) */
  shop_id?: string;
  /** 退款类型，1:仅退款。2.仅退货。3.退货退款 */
  refund_type?: Int64Input;
  /** 退款备注、或问题描述等补充性文本 */
  refund_note?: string;
  /** 退款图片清单 */
  refund_pics?: string[];
}

/** `SubRefundOrder` of `alibaba.tcls.aelophy.merchant.channel.refund.apply`. */
export interface AlibabaTclsAelophyMerchantChannelRefundApplySubRefundOrderInput {
  /** 外部子单号 */
  sub_out_order_id: string;
  /** 退款数量 */
  refund_quantity: Int64Input;
  /** 退款金额，单位：分 */
  refund_fee: Int64Input;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.channel.refund.apply`. */
export interface AlibabaTclsAelophyMerchantChannelRefundApplyApiResult {
  /** 返回码说明 */
  err_msg?: string;
  /** 返回码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  refund_apply_info: {
    out_order_id: 'String',
    out_shop_id: 'String',
    out_refund_id: 'String',
    refund_fee: 'Number',
    refund_reason: 'String',
    refund_post_fee: 'Number',
    refund_package_fee: 'Number',
    sub_refund_orders: [
      {
        sub_out_order_id: 'String',
        refund_quantity: 'Number',
        refund_fee: 'Number',
      },
    ],
    order_from: 'Number',
    shop_id: 'String',
    refund_type: 'Number',
    refund_note: 'String',
    refund_pics: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.channel.refund.apply`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantChannelRefundApplyOperation = {
  method: 'alibaba.tcls.aelophy.merchant.channel.refund.apply',
  responseRoot: 'alibaba_tcls_aelophy_merchant_channel_refund_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象商家自有渠道 逆向单申请 — calls TOP method `alibaba.tcls.aelophy.merchant.channel.refund.apply`.
 *
 * 翱象小程序 用户逆向单申请
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantChannelRefundApply(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantChannelRefundApplyRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantChannelRefundApplyResponse> {
  return client.call<AlibabaTclsAelophyMerchantChannelRefundApplyResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.channel.refund.apply',
      responseRoot: 'alibaba_tcls_aelophy_merchant_channel_refund_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
