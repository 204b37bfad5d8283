// Generated from specs/aliospay/aliyun.alios.pay.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alios.pay.refund` (退款接口). */
export interface AliyunAliosPayRefundRequest {
  /** 请求参数 */
  refund_request?: AliyunAliosPayRefundRefundRequestInput;
}

/** Response of `aliyun.alios.pay.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAliosPayRefundResponse {
  /** 响应参数 */
  aliospay_response?: AliyunAliosPayRefundAliOSPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundRequest` of `aliyun.alios.pay.refund`. */
export interface AliyunAliosPayRefundRefundRequestInput {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id: string;
  /** 语言,en表示英文，zh表示中文 */
  lang: string;
  /** 请求时间戳 */
  time: string;
  /** 业务订单号 */
  biz_order_id: string;
  /** 退款金额，单位分 */
  refund_amount: Int64Input;
  /** 退款原因 */
  refund_reason?: string;
  /** 标识一次退款请求，保证唯一 */
  out_request_no: string;
}

/** `AliOSPayResponse` of `aliyun.alios.pay.refund`. */
export interface AliyunAliosPayRefundAliOSPayResponse {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id?: string;
  /** 错误码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  refund_request: {
    trace_id: 'String',
    lang: 'String',
    time: 'String',
    biz_order_id: 'String',
    refund_amount: 'Number',
    refund_reason: 'String',
    out_request_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aliospay_response: {
    trace_id: 'String',
    code: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alios.pay.refund`: method, response root, request and response schemas. */
export const aliyunAliosPayRefundOperation = {
  method: 'aliyun.alios.pay.refund',
  responseRoot: 'aliyun_alios_pay_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退款接口 — calls TOP method `aliyun.alios.pay.refund`.
 *
 * 商户用来发起退款的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAliosPayRefund(
  client: TopClient,
  request: AliyunAliosPayRefundRequest = {},
  options?: CallOptions,
): Promise<AliyunAliosPayRefundResponse> {
  return client.call<AliyunAliosPayRefundResponse>(
    {
      method: 'aliyun.alios.pay.refund',
      responseRoot: 'aliyun_alios_pay_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
