// Generated from specs/trade/taobao.opentrade.customization.refund.enable.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.customization.refund.enable` (定制订单设置允许仅退款). */
export interface TaobaoOpentradeCustomizationRefundEnableRequest {
  /** 主订单ID */
  trade_id: Int64Input;
}

/** Response of `taobao.opentrade.customization.refund.enable`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeCustomizationRefundEnableResponse {
  /** 是否设置成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trade_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.customization.refund.enable`: method, response root, request and response schemas. */
export const taobaoOpentradeCustomizationRefundEnableOperation = {
  method: 'taobao.opentrade.customization.refund.enable',
  responseRoot: 'opentrade_customization_refund_enable_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定制订单设置允许仅退款 — calls TOP method `taobao.opentrade.customization.refund.enable`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeCustomizationRefundEnable(
  client: TopClient,
  request: TaobaoOpentradeCustomizationRefundEnableRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeCustomizationRefundEnableResponse> {
  return client.call<TaobaoOpentradeCustomizationRefundEnableResponse>(
    {
      method: 'taobao.opentrade.customization.refund.enable',
      responseRoot: 'opentrade_customization_refund_enable_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
