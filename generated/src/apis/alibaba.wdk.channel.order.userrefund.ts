// Generated from specs/wdk/alibaba.wdk.channel.order.userrefund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.channel.order.userrefund` (用户发起售后退款(整单/部分)). */
export interface AlibabaWdkChannelOrderUserrefundRequest {
  /** 退款信息 */
  order_user_refund_info: AlibabaWdkChannelOrderUserrefundOrderUserRefundInfoInput;
}

/** Response of `alibaba.wdk.channel.order.userrefund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkChannelOrderUserrefundResponse {
  /** 返回结果 */
  api_result?: AlibabaWdkChannelOrderUserrefundApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderUserRefundInfo` of `alibaba.wdk.channel.order.userrefund`. */
export interface AlibabaWdkChannelOrderUserrefundOrderUserRefundInfoInput {
  /** 退款原因 */
  refund_reason?: string;
  /** 用户备注 */
  memo?: string;
  /** 外部退款批次Id（确保唯一，可取UUID） */
  out_refund_batch_id: string;
  /** 盒马主单号 */
  biz_order_id: string;
  /** 渠道店Id */
  shop_id: string;
  /** 经营店Id */
  store_id: string;
  /** 退款子单 */
  sub_refund_orders: AlibabaWdkChannelOrderUserrefundSubRefundOrderInput[];
}

/** `SubRefundOrder` of `alibaba.wdk.channel.order.userrefund`. */
export interface AlibabaWdkChannelOrderUserrefundSubRefundOrderInput {
  /** 盒马子单号 */
  sub_biz_order_id: string;
  /** 商品编码 */
  sku_code: string;
  /** 退款销售数量 */
  refund_sale_quantity: Int64Input;
  /** 退款金额 */
  refund_fee: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.channel.order.userrefund`. */
export interface AlibabaWdkChannelOrderUserrefundApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  order_user_refund_info: {
    refund_reason: 'String',
    memo: 'String',
    out_refund_batch_id: 'String',
    biz_order_id: 'String',
    shop_id: 'String',
    store_id: 'String',
    sub_refund_orders: [
      {
        sub_biz_order_id: 'String',
        sku_code: 'String',
        refund_sale_quantity: 'Number',
        refund_fee: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.channel.order.userrefund`: method, response root, request and response schemas. */
export const alibabaWdkChannelOrderUserrefundOperation = {
  method: 'alibaba.wdk.channel.order.userrefund',
  responseRoot: 'alibaba_wdk_channel_order_userrefund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户发起售后退款(整单/部分) — calls TOP method `alibaba.wdk.channel.order.userrefund`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkChannelOrderUserrefund(
  client: TopClient,
  request: AlibabaWdkChannelOrderUserrefundRequest,
  options?: CallOptions,
): Promise<AlibabaWdkChannelOrderUserrefundResponse> {
  return client.call<AlibabaWdkChannelOrderUserrefundResponse>(
    {
      method: 'alibaba.wdk.channel.order.userrefund',
      responseRoot: 'alibaba_wdk_channel_order_userrefund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
