// Generated from specs/eleenterpriseordernew/alibaba.ele.enterprise.ordernew.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.ordernew.cancel` (订单取消). */
export interface AlibabaEleEnterpriseOrdernewCancelRequest {
  /** 饿了么订单ID */
  order_id: string;
  /** 用户手机号 */
  phone: string;
  /** 取消原因(取消时提供) */
  reason: string;
}

/** Response of `alibaba.ele.enterprise.ordernew.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseOrdernewCancelResponse {
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
  phone: 'String',
  reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.ordernew.cancel`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseOrdernewCancelOperation = {
  method: 'alibaba.ele.enterprise.ordernew.cancel',
  responseRoot: 'alibaba_ele_enterprise_ordernew_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单取消 — calls TOP method `alibaba.ele.enterprise.ordernew.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseOrdernewCancel(
  client: TopClient,
  request: AlibabaEleEnterpriseOrdernewCancelRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseOrdernewCancelResponse> {
  return client.call<AlibabaEleEnterpriseOrdernewCancelResponse>(
    {
      method: 'alibaba.ele.enterprise.ordernew.cancel',
      responseRoot: 'alibaba_ele_enterprise_ordernew_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
