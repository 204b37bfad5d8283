// Generated from specs/fpm/alibaba.sp.open.payment.repay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.sp.open.payment.repay` (智付重新打款). */
export interface AlibabaSpOpenPaymentRepayRequest {
  /** 应用编码 */
  app_code: string;
  /** 入参数据 */
  data: string;
}

/** Response of `alibaba.sp.open.payment.repay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSpOpenPaymentRepayResponse {
  /** 结果处理消息 */
  result_message?: string;
  /** 是否处理成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  app_code: 'String',
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_message: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.sp.open.payment.repay`: method, response root, request and response schemas. */
export const alibabaSpOpenPaymentRepayOperation = {
  method: 'alibaba.sp.open.payment.repay',
  responseRoot: 'alibaba_sp_open_payment_repay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智付重新打款 — calls TOP method `alibaba.sp.open.payment.repay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSpOpenPaymentRepay(
  client: TopClient,
  request: AlibabaSpOpenPaymentRepayRequest,
  options?: CallOptions,
): Promise<AlibabaSpOpenPaymentRepayResponse> {
  return client.call<AlibabaSpOpenPaymentRepayResponse>(
    {
      method: 'alibaba.sp.open.payment.repay',
      responseRoot: 'alibaba_sp_open_payment_repay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
