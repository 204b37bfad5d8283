// Generated from specs/idle/alibaba.idle.apprize.order.fulfillment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.apprize.order.fulfillment` (鉴定担保资金订单履约). */
export interface AlibabaIdleApprizeOrderFulfillmentRequest {
  /** deal：服务商收取费用、refund：退款给付款方 */
  action: string;
  /** 天猫服务工单Id */
  work_card_id: Int64Input;
}

/** Response of `alibaba.idle.apprize.order.fulfillment`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleApprizeOrderFulfillmentResponse {
  /** 支付宝流水订单号 */
  alipay_order_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  action: 'String',
  work_card_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alipay_order_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.apprize.order.fulfillment`: method, response root, request and response schemas. */
export const alibabaIdleApprizeOrderFulfillmentOperation = {
  method: 'alibaba.idle.apprize.order.fulfillment',
  responseRoot: 'alibaba_idle_apprize_order_fulfillment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 鉴定担保资金订单履约 — calls TOP method `alibaba.idle.apprize.order.fulfillment`.
 *
 * 服务商针对自己的服务订单进行履约
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleApprizeOrderFulfillment(
  client: TopClient,
  request: AlibabaIdleApprizeOrderFulfillmentRequest,
  options?: CallOptions,
): Promise<AlibabaIdleApprizeOrderFulfillmentResponse> {
  return client.call<AlibabaIdleApprizeOrderFulfillmentResponse>(
    {
      method: 'alibaba.idle.apprize.order.fulfillment',
      responseRoot: 'alibaba_idle_apprize_order_fulfillment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
