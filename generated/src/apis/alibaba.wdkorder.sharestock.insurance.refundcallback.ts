// Generated from specs/wdk/alibaba.wdkorder.sharestock.insurance.refundcallback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdkorder.sharestock.insurance.refundcallback` (共享库存逆向订单理赔单回传). */
export interface AlibabaWdkorderSharestockInsuranceRefundcallbackRequest {
  /** 淘宝交易子单ID */
  tb_sub_order_id: Int64Input;
  /** 退款单ID */
  refund_id: string;
  /** 理赔单ID */
  claim_id: string;
}

/** Response of `alibaba.wdkorder.sharestock.insurance.refundcallback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkorderSharestockInsuranceRefundcallbackResponse {
  /** 返回结果 */
  result?: AlibabaWdkorderSharestockInsuranceRefundcallbackMaochaoOrderInsuranceRefundCallbackResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MaochaoOrderInsuranceRefundCallbackResult` of `alibaba.wdkorder.sharestock.insurance.refundcallback`. */
export interface AlibabaWdkorderSharestockInsuranceRefundcallbackMaochaoOrderInsuranceRefundCallbackResult {
  /** 是否调用成功 */
  success?: boolean;
  /** 返回码 */
  return_code?: string;
  /** 返回码说明 */
  return_msg?: string;
}

const REQUEST_SCHEMA = {
  tb_sub_order_id: 'Number',
  refund_id: 'String',
  claim_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdkorder.sharestock.insurance.refundcallback`: method, response root, request and response schemas. */
export const alibabaWdkorderSharestockInsuranceRefundcallbackOperation = {
  method: 'alibaba.wdkorder.sharestock.insurance.refundcallback',
  responseRoot: 'alibaba_wdkorder_sharestock_insurance_refundcallback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 共享库存逆向订单理赔单回传 — calls TOP method `alibaba.wdkorder.sharestock.insurance.refundcallback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkorderSharestockInsuranceRefundcallback(
  client: TopClient,
  request: AlibabaWdkorderSharestockInsuranceRefundcallbackRequest,
  options?: CallOptions,
): Promise<AlibabaWdkorderSharestockInsuranceRefundcallbackResponse> {
  return client.call<AlibabaWdkorderSharestockInsuranceRefundcallbackResponse>(
    {
      method: 'alibaba.wdkorder.sharestock.insurance.refundcallback',
      responseRoot: 'alibaba_wdkorder_sharestock_insurance_refundcallback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
