// Generated from specs/wdk/alibaba.tcls.aelophy.refund.disagree.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.refund.disagree` (saas 售后逆向 商户拒绝用户逆向申请). */
export interface AlibabaTclsAelophyRefundDisagreeRequest {
  /** 退款单ID */
  refund_id?: string;
  /** 拒绝原因 */
  reject_reason?: string;
  /** 渠道来源 */
  order_from?: Int64Input;
}

/** Response of `alibaba.tcls.aelophy.refund.disagree`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyRefundDisagreeResponse {
  /** 出参 */
  result?: AlibabaTclsAelophyRefundDisagreeApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.refund.disagree`. */
export interface AlibabaTclsAelophyRefundDisagreeApiResult {
  /** 调用是否成功 */
  is_success?: boolean;
  /** 返回码 */
  return_code?: string;
  /** 返回码说明 */
  return_msg?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'String',
  reject_reason: 'String',
  order_from: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.refund.disagree`: method, response root, request and response schemas. */
export const alibabaTclsAelophyRefundDisagreeOperation = {
  method: 'alibaba.tcls.aelophy.refund.disagree',
  responseRoot: 'alibaba_tcls_aelophy_refund_disagree_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * saas 售后逆向 商户拒绝用户逆向申请 — calls TOP method `alibaba.tcls.aelophy.refund.disagree`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyRefundDisagree(
  client: TopClient,
  request: AlibabaTclsAelophyRefundDisagreeRequest = {},
  options?: CallOptions,
): Promise<AlibabaTclsAelophyRefundDisagreeResponse> {
  return client.call<AlibabaTclsAelophyRefundDisagreeResponse>(
    {
      method: 'alibaba.tcls.aelophy.refund.disagree',
      responseRoot: 'alibaba_tcls_aelophy_refund_disagree_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
