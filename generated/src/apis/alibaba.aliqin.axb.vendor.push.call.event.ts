// Generated from specs/alicom/alibaba.aliqin.axb.vendor.push.call.event.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.axb.vendor.push.call.event` (呼叫事件推送). */
export interface AlibabaAliqinAxbVendorPushCallEventRequest {
  /** 呼叫事件推送请求 */
  event_call_request?: AlibabaAliqinAxbVendorPushCallEventEventCallRequestInput;
}

/** Response of `alibaba.aliqin.axb.vendor.push.call.event`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinAxbVendorPushCallEventResponse {
  /** 呼叫事件响应 */
  result?: AlibabaAliqinAxbVendorPushCallEventResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EventCallRequest` of `alibaba.aliqin.axb.vendor.push.call.event`. */
export interface AlibabaAliqinAxbVendorPushCallEventEventCallRequestInput {
  /** 唯一的呼叫ID，最大可支持字符串长度256 */
  call_id: string;
  /** 被叫号码 */
  called_no: string;
  /** 主叫号码 */
  call_no: string;
  /** 分机号 */
  extension_no?: string;
  /** 振铃事件：ALERTING 摘机事件：PICKUP 被叫呼出事件：CALLOUT */
  event_type: string;
  /** 绑定关系ID */
  subs_id: string;
  /** 供应商KEY */
  vendor_key: string;
  /** 中间号码 */
  secret_no: string;
  /** 事件时间 */
  event_time: DateInput;
  /** 被叫号显 */
  called_display_no: string;
  /** 呼叫开始时间 */
  call_time: DateInput;
  /** 呼叫前转号码 */
  call_forwarding_no?: string;
}

/** `Response` of `alibaba.aliqin.axb.vendor.push.call.event`. */
export interface AlibabaAliqinAxbVendorPushCallEventResponse2 {
  /** 接口调用成功 OK */
  code?: string;
  /** 事件接收成功 true */
  module?: boolean;
  /** 响应描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  event_call_request: {
    call_id: 'String',
    called_no: 'String',
    call_no: 'String',
    extension_no: 'String',
    event_type: 'String',
    subs_id: 'String',
    vendor_key: 'String',
    secret_no: 'String',
    event_time: 'Date',
    called_display_no: 'String',
    call_time: 'Date',
    call_forwarding_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    module: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.axb.vendor.push.call.event`: method, response root, request and response schemas. */
export const alibabaAliqinAxbVendorPushCallEventOperation = {
  method: 'alibaba.aliqin.axb.vendor.push.call.event',
  responseRoot: 'alibaba_aliqin_axb_vendor_push_call_event_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 呼叫事件推送 — calls TOP method `alibaba.aliqin.axb.vendor.push.call.event`.
 *
 * 呼叫事件推送
 * 响铃时间、摘机事件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinAxbVendorPushCallEvent(
  client: TopClient,
  request: AlibabaAliqinAxbVendorPushCallEventRequest = {},
  options?: CallOptions,
): Promise<AlibabaAliqinAxbVendorPushCallEventResponse> {
  return client.call<AlibabaAliqinAxbVendorPushCallEventResponse>(
    {
      method: 'alibaba.aliqin.axb.vendor.push.call.event',
      responseRoot: 'alibaba_aliqin_axb_vendor_push_call_event_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
