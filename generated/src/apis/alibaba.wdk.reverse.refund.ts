// Generated from specs/wdk/alibaba.wdk.reverse.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.reverse.refund` (退款打款). */
export interface AlibabaWdkReverseRefundRequest {
  /** 退款打款请求 */
  open_refund_req_d_t_o: AlibabaWdkReverseRefundOpenRefundReqDtoInput;
}

/** Response of `alibaba.wdk.reverse.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkReverseRefundResponse {
  /** 接口返回model */
  result?: AlibabaWdkReverseRefundResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenRefundReqDto` of `alibaba.wdk.reverse.refund`. */
export interface AlibabaWdkReverseRefundOpenRefundReqDtoInput {
  /** 经营店ID */
  store_id: string;
  /** 淘系子单单号 */
  sub_biz_order_id: string;
  /** 退款操作人 */
  agent: string;
  /** 退款备注 */
  memo: string;
  /** 退款渠道 */
  refund_channel_list: AlibabaWdkReverseRefundChannelRefundDtoInput[];
}

/** `ChannelRefundDto` of `alibaba.wdk.reverse.refund`. */
export interface AlibabaWdkReverseRefundChannelRefundDtoInput {
  /** 退款渠道编码 */
  channel_code: string;
  /** 渠道对应的退款金额(单位分) */
  refund_amount: Int64Input;
}

/** `Result` of `alibaba.wdk.reverse.refund`. */
export interface AlibabaWdkReverseRefundResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 退款单ID */
  model?: Int64;
}

const REQUEST_SCHEMA = {
  open_refund_req_d_t_o: {
    store_id: 'String',
    sub_biz_order_id: 'String',
    agent: 'String',
    memo: 'String',
    refund_channel_list: [
      {
        channel_code: 'String',
        refund_amount: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    model: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.reverse.refund`: method, response root, request and response schemas. */
export const alibabaWdkReverseRefundOperation = {
  method: 'alibaba.wdk.reverse.refund',
  responseRoot: 'alibaba_wdk_reverse_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退款打款 — calls TOP method `alibaba.wdk.reverse.refund`.
 *
 * 五道口退款打款开放能力接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkReverseRefund(
  client: TopClient,
  request: AlibabaWdkReverseRefundRequest,
  options?: CallOptions,
): Promise<AlibabaWdkReverseRefundResponse> {
  return client.call<AlibabaWdkReverseRefundResponse>(
    {
      method: 'alibaba.wdk.reverse.refund',
      responseRoot: 'alibaba_wdk_reverse_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
