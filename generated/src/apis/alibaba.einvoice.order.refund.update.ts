// Generated from specs/einvoice/alibaba.einvoice.order.refund.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.order.refund.update` (回传订单退款审核结果). */
export interface AlibabaEinvoiceOrderRefundUpdateRequest {
  /** 退款审核结果DTO */
  order_refund_result_dto: AlibabaEinvoiceOrderRefundUpdateInvoiceOrderRefundResultDtoInput;
}

/** Response of `alibaba.einvoice.order.refund.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceOrderRefundUpdateResponse {
  /** 操作结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceOrderRefundResultDto` of `alibaba.einvoice.order.refund.update`. */
export interface AlibabaEinvoiceOrderRefundUpdateInvoiceOrderRefundResultDtoInput {
  /** 拒绝退款原因，拒绝退款时必传 */
  reason?: string;
  /** 退款工单事件： refund_agree: 服务商同意退款, refund_reject: 服务商拒绝退单 */
  action: string;
  /** 退款工单流程ID */
  flow_id: string;
}

const REQUEST_SCHEMA = {
  order_refund_result_dto: {
    reason: 'String',
    action: 'String',
    flow_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.order.refund.update`: method, response root, request and response schemas. */
export const alibabaEinvoiceOrderRefundUpdateOperation = {
  method: 'alibaba.einvoice.order.refund.update',
  responseRoot: 'alibaba_einvoice_order_refund_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传订单退款审核结果 — calls TOP method `alibaba.einvoice.order.refund.update`.
 *
 * ISV回传订单退款审核结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceOrderRefundUpdate(
  client: TopClient,
  request: AlibabaEinvoiceOrderRefundUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceOrderRefundUpdateResponse> {
  return client.call<AlibabaEinvoiceOrderRefundUpdateResponse>(
    {
      method: 'alibaba.einvoice.order.refund.update',
      responseRoot: 'alibaba_einvoice_order_refund_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
