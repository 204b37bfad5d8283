// Generated from specs/tmallservice/alibaba.servicecenter.fulfiltask.buyeraddress.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.fulfiltask.buyeraddress.change` (修改消费者服务地址). */
export interface AlibabaServicecenterFulfiltaskBuyeraddressChangeRequest {
  /** 核销单id */
  fulfil_task_id: Int64Input;
  /** 详细地址 */
  address_detail: string;
  /** 地址编码 */
  location: Int64Input;
}

/** Response of `alibaba.servicecenter.fulfiltask.buyeraddress.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterFulfiltaskBuyeraddressChangeResponse {
  /** 接口返回model */
  result?: AlibabaServicecenterFulfiltaskBuyeraddressChangeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.servicecenter.fulfiltask.buyeraddress.change`. */
export interface AlibabaServicecenterFulfiltaskBuyeraddressChangeResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  fulfil_task_id: 'Number',
  address_detail: 'String',
  location: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.fulfiltask.buyeraddress.change`: method, response root, request and response schemas. */
export const alibabaServicecenterFulfiltaskBuyeraddressChangeOperation = {
  method: 'alibaba.servicecenter.fulfiltask.buyeraddress.change',
  responseRoot: 'alibaba_servicecenter_fulfiltask_buyeraddress_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改消费者服务地址 — calls TOP method `alibaba.servicecenter.fulfiltask.buyeraddress.change`.
 *
 * 当消费者反馈自己的服务地址错误时，可以电话联系服务商修改为正确地址，服务商只能修改派给自己的单子
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterFulfiltaskBuyeraddressChange(
  client: TopClient,
  request: AlibabaServicecenterFulfiltaskBuyeraddressChangeRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterFulfiltaskBuyeraddressChangeResponse> {
  return client.call<AlibabaServicecenterFulfiltaskBuyeraddressChangeResponse>(
    {
      method: 'alibaba.servicecenter.fulfiltask.buyeraddress.change',
      responseRoot: 'alibaba_servicecenter_fulfiltask_buyeraddress_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
