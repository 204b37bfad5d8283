// Generated from specs/eleenterpriseordernew/alibaba.ele.enterprise.ordernew.paymentstatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.ordernew.paymentstatus` (设置订单支付). */
export interface AlibabaEleEnterpriseOrdernewPaymentstatusRequest {
  /** 订单id */
  order_id: string;
  /** 支付流水号 */
  pay_serial_number: string;
}

/** Response of `alibaba.ele.enterprise.ordernew.paymentstatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseOrdernewPaymentstatusResponse {
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  pay_serial_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.ordernew.paymentstatus`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseOrdernewPaymentstatusOperation = {
  method: 'alibaba.ele.enterprise.ordernew.paymentstatus',
  responseRoot: 'alibaba_ele_enterprise_ordernew_paymentstatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设置订单支付 — calls TOP method `alibaba.ele.enterprise.ordernew.paymentstatus`.
 *
 * 设置订单支付成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseOrdernewPaymentstatus(
  client: TopClient,
  request: AlibabaEleEnterpriseOrdernewPaymentstatusRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseOrdernewPaymentstatusResponse> {
  return client.call<AlibabaEleEnterpriseOrdernewPaymentstatusResponse>(
    {
      method: 'alibaba.ele.enterprise.ordernew.paymentstatus',
      responseRoot: 'alibaba_ele_enterprise_ordernew_paymentstatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
