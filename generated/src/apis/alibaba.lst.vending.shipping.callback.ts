// Generated from specs/lstvending/alibaba.lst.vending.shipping.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.vending.shipping.callback` (售货机出货回传接口). */
export interface AlibabaLstVendingShippingCallbackRequest {
  /** 厂商设备编码 */
  equipment_code: string;
  /** 交易流水号 */
  trade_flow_no: string;
  /** 处理结果代码 */
  code: string;
  /** 处理结果代码描述 */
  message?: string;
  /** 出货时间 */
  time: DateInput;
}

/** Response of `alibaba.lst.vending.shipping.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstVendingShippingCallbackResponse {
  /** 执行结果 */
  module?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  equipment_code: 'String',
  trade_flow_no: 'String',
  code: 'String',
  message: 'String',
  time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.vending.shipping.callback`: method, response root, request and response schemas. */
export const alibabaLstVendingShippingCallbackOperation = {
  method: 'alibaba.lst.vending.shipping.callback',
  responseRoot: 'alibaba_lst_vending_shipping_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 售货机出货回传接口 — calls TOP method `alibaba.lst.vending.shipping.callback`.
 *
 * 零售通自动售货机商品出货回传接口，同步商品出库最新状态。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstVendingShippingCallback(
  client: TopClient,
  request: AlibabaLstVendingShippingCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaLstVendingShippingCallbackResponse> {
  return client.call<AlibabaLstVendingShippingCallbackResponse>(
    {
      method: 'alibaba.lst.vending.shipping.callback',
      responseRoot: 'alibaba_lst_vending_shipping_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
