// Generated from specs/fundplatform/alibaba.fundplatform.cardorder.receipt.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorder.receipt` (通知确认收货). */
export interface AlibabaFundplatformCardorderReceiptRequest {
  /** 通知制卡成功的子卡子单号 */
  card_order_id: Int64Input;
  /** 环境变量值，该字段为枚举值：daily（日常），pre（预发），online（线上） */
  own_sign: string;
}

/** Response of `alibaba.fundplatform.cardorder.receipt`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardorderReceiptResponse {
  /** 错误详情 */
  result_message?: string;
  /** 错误CODE */
  result_code?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  card_order_id: 'Number',
  own_sign: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_message: 'String',
  result_code: 'String',
  success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorder.receipt`: method, response root, request and response schemas. */
export const alibabaFundplatformCardorderReceiptOperation = {
  method: 'alibaba.fundplatform.cardorder.receipt',
  responseRoot: 'alibaba_fundplatform_cardorder_receipt_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通知确认收货 — calls TOP method `alibaba.fundplatform.cardorder.receipt`.
 *
 * 告知卡商这一批储值卡已经被用户确认收货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardorderReceipt(
  client: TopClient,
  request: AlibabaFundplatformCardorderReceiptRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardorderReceiptResponse> {
  return client.call<AlibabaFundplatformCardorderReceiptResponse>(
    {
      method: 'alibaba.fundplatform.cardorder.receipt',
      responseRoot: 'alibaba_fundplatform_cardorder_receipt_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
