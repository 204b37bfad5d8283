// Generated from specs/ascm/alibaba.ascm.settlement.invoice.synchronization.im.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascm.settlement.invoice.synchronization.im` (英迈发票同步到结算). */
export interface AlibabaAscmSettlementInvoiceSynchronizationImRequest {
  /** im invoice xml */
  xml_data_slot: string;
}

/** Response of `alibaba.ascm.settlement.invoice.synchronization.im`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscmSettlementInvoiceSynchronizationImResponse {
  /** result */
  result?: AlibabaAscmSettlementInvoiceSynchronizationImSettlementGatewayResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SettlementGatewayResult` of `alibaba.ascm.settlement.invoice.synchronization.im`. */
export interface AlibabaAscmSettlementInvoiceSynchronizationImSettlementGatewayResult {
  /** result */
  result?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  xml_data_slot: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascm.settlement.invoice.synchronization.im`: method, response root, request and response schemas. */
export const alibabaAscmSettlementInvoiceSynchronizationImOperation = {
  method: 'alibaba.ascm.settlement.invoice.synchronization.im',
  responseRoot: 'alibaba_ascm_settlement_invoice_synchronization_im_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 英迈发票同步到结算 — calls TOP method `alibaba.ascm.settlement.invoice.synchronization.im`.
 *
 * 外部供应商通过此API将发货的发票信息推送给供应链中台结算系统
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscmSettlementInvoiceSynchronizationIm(
  client: TopClient,
  request: AlibabaAscmSettlementInvoiceSynchronizationImRequest,
  options?: CallOptions,
): Promise<AlibabaAscmSettlementInvoiceSynchronizationImResponse> {
  return client.call<AlibabaAscmSettlementInvoiceSynchronizationImResponse>(
    {
      method: 'alibaba.ascm.settlement.invoice.synchronization.im',
      responseRoot: 'alibaba_ascm_settlement_invoice_synchronization_im_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
