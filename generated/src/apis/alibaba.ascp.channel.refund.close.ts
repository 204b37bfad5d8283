// Generated from specs/ascpchannel/alibaba.ascp.channel.refund.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.refund.close` (渠道退款单关闭). */
export interface AlibabaAscpChannelRefundCloseRequest {
  /** 入参 */
  close_refund_order_request?: AlibabaAscpChannelRefundCloseCloserefundorderrequestInput;
}

/** Response of `alibaba.ascp.channel.refund.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelRefundCloseResponse {
  /** 返回值包装,result为返回具体消息内容 */
  result?: AlibabaAscpChannelRefundCloseResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Closerefundorderrequest` of `alibaba.ascp.channel.refund.close`. */
export interface AlibabaAscpChannelRefundCloseCloserefundorderrequestInput {
  /** 退款单号 */
  refund_no: string;
  /** 外部退款单号 */
  out_refund_no?: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.refund.close`. */
export interface AlibabaAscpChannelRefundCloseResultWrapper {
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 返回是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  close_refund_order_request: {
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

/** Static description of `alibaba.ascp.channel.refund.close`: method, response root, request and response schemas. */
export const alibabaAscpChannelRefundCloseOperation = {
  method: 'alibaba.ascp.channel.refund.close',
  responseRoot: 'alibaba_ascp_channel_refund_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道退款单关闭 — calls TOP method `alibaba.ascp.channel.refund.close`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelRefundClose(
  client: TopClient,
  request: AlibabaAscpChannelRefundCloseRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelRefundCloseResponse> {
  return client.call<AlibabaAscpChannelRefundCloseResponse>(
    {
      method: 'alibaba.ascp.channel.refund.close',
      responseRoot: 'alibaba_ascp_channel_refund_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
