// Generated from specs/ascpchannel/alibaba.ascp.channel.refund.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.refund.cancel` (渠道退款单撤销). */
export interface AlibabaAscpChannelRefundCancelRequest {
  /** 入参 */
  cancel_refund_order_request?: AlibabaAscpChannelRefundCancelCancelrefundorderrequestInput;
}

/** Response of `alibaba.ascp.channel.refund.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelRefundCancelResponse {
  /** 返回值包装,result为返回具体消息内容 */
  result?: AlibabaAscpChannelRefundCancelResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Cancelrefundorderrequest` of `alibaba.ascp.channel.refund.cancel`. */
export interface AlibabaAscpChannelRefundCancelCancelrefundorderrequestInput {
  /** 退款单号 */
  refund_no: string;
  /** 外部退款单号 */
  out_refund_no?: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.refund.cancel`. */
export interface AlibabaAscpChannelRefundCancelResultWrapper {
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 返回是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  cancel_refund_order_request: {
    refund_no: 'String',
    out_refund_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.refund.cancel`: method, response root, request and response schemas. */
export const alibabaAscpChannelRefundCancelOperation = {
  method: 'alibaba.ascp.channel.refund.cancel',
  responseRoot: 'alibaba_ascp_channel_refund_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道退款单撤销 — calls TOP method `alibaba.ascp.channel.refund.cancel`.
 *
 * 售后申请的撤回接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelRefundCancel(
  client: TopClient,
  request: AlibabaAscpChannelRefundCancelRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelRefundCancelResponse> {
  return client.call<AlibabaAscpChannelRefundCancelResponse>(
    {
      method: 'alibaba.ascp.channel.refund.cancel',
      responseRoot: 'alibaba_ascp_channel_refund_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
