// Generated from specs/alicom/alibaba.aliqin.flow.alipay.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.flow.alipay.publish` (流量钱包流量发放-面向支付宝用户). */
export interface AlibabaAliqinFlowAlipayPublishRequest {
  /** 用户的支付宝ID */
  alipay_id: string;
  /** 外部流水号，用来做幂等校验 */
  serial: string;
  /** 发放的流量数，单位MB */
  flow: string;
  /** 发放原因 */
  reason: string;
}

/** Response of `alibaba.aliqin.flow.alipay.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFlowAlipayPublishResponse {
  /** error */
  error?: boolean;
  /** value */
  value?: string;
  /** errorCode */
  alicom_error_code?: string;
  /** errorMsg */
  alicom_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alipay_id: 'String',
  serial: 'String',
  flow: 'String',
  reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error: 'Boolean',
  value: 'String',
  alicom_error_code: 'String',
  alicom_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.flow.alipay.publish`: method, response root, request and response schemas. */
export const alibabaAliqinFlowAlipayPublishOperation = {
  method: 'alibaba.aliqin.flow.alipay.publish',
  responseRoot: 'alibaba_aliqin_flow_alipay_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 流量钱包流量发放-面向支付宝用户 — calls TOP method `alibaba.aliqin.flow.alipay.publish`.
 *
 * 用户淘宝流量钱包商家给支付宝用户发放流量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFlowAlipayPublish(
  client: TopClient,
  request: AlibabaAliqinFlowAlipayPublishRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFlowAlipayPublishResponse> {
  return client.call<AlibabaAliqinFlowAlipayPublishResponse>(
    {
      method: 'alibaba.aliqin.flow.alipay.publish',
      responseRoot: 'alibaba_aliqin_flow_alipay_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
