// Generated from specs/icbudropshipping/alibaba.dropshipping.order.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dropshipping.order.pay` (alibaba dropshipping 支付代扣). */
export interface AlibabaDropshippingOrderPayRequest {
  /** request model */
  param_order_pay_request: AlibabaDropshippingOrderPayOrderPayRequestInput;
}

/** Response of `alibaba.dropshipping.order.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDropshippingOrderPayResponse {
  /** response model */
  value?: AlibabaDropshippingOrderPayCashierPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderPayRequest` of `alibaba.dropshipping.order.pay`. */
export interface AlibabaDropshippingOrderPayOrderPayRequestInput {
  /** HTTP request Header "accept-language" */
  accept_language: string;
  /** is PC ? true/false, current only support pc */
  is_pc: boolean;
  /** The time stamp of the buyer's first registration as dropper */
  isv_drop_shipper_registration_time: Int64Input;
  /** Order numbers to be paid，max size is 10 */
  order_id_list: Int64Input[];
  /** Screen resolution of the device used by the buyer */
  screen_resolution: string;
  /** HTTP request header "User-Agent" */
  user_agent: string;
  /** Buyer's IP */
  user_ip: string;
}

/** `CashierPayResponse` of `alibaba.dropshipping.order.pay`. */
export interface AlibabaDropshippingOrderPayCashierPayResponse {
  /** Payment url */
  pay_url?: string;
  /** Payment failed reason code */
  reason_code?: string;
  /** Payment failed reason message */
  reason_message?: string;
  /**
   * UNPAY Unpaid order
   * PAYING The order is being paid and it needs to wait for about 1 minute,
   * PAY_SUCCESS Order payment is successful,
   * PAY_FAILED Order payment failed
   */
  status?: string;
  /** order id */
  trade_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_order_pay_request: {
    accept_language: 'String',
    is_pc: 'Boolean',
    isv_drop_shipper_registration_time: 'Number',
    order_id_list: ['Number'],
    screen_resolution: 'String',
    user_agent: 'String',
    user_ip: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  value: {
    pay_url: 'String',
    reason_code: 'String',
    reason_message: 'String',
    status: 'String',
    trade_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dropshipping.order.pay`: method, response root, request and response schemas. */
export const alibabaDropshippingOrderPayOperation = {
  method: 'alibaba.dropshipping.order.pay',
  responseRoot: 'alibaba_dropshipping_order_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * alibaba dropshipping 支付代扣 — calls TOP method `alibaba.dropshipping.order.pay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDropshippingOrderPay(
  client: TopClient,
  request: AlibabaDropshippingOrderPayRequest,
  options?: CallOptions,
): Promise<AlibabaDropshippingOrderPayResponse> {
  return client.call<AlibabaDropshippingOrderPayResponse>(
    {
      method: 'alibaba.dropshipping.order.pay',
      responseRoot: 'alibaba_dropshipping_order_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
