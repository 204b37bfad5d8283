// Generated from specs/alicom/alibaba.aliqin.flow.alipay.isbindingtbaccount.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.flow.alipay.isbindingtbaccount` (判断支付宝用户是否绑定淘宝账号). */
export interface AlibabaAliqinFlowAlipayIsbindingtbaccountRequest {
  /** 支付宝ID */
  alipay_id: string;
}

/** Response of `alibaba.aliqin.flow.alipay.isbindingtbaccount`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFlowAlipayIsbindingtbaccountResponse {
  /** error */
  error?: boolean;
  /** TRUE代表绑定，FALSE代表未绑定 */
  value?: string;
  /** errorCode */
  alicom_flow_error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alipay_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error: 'Boolean',
  value: 'String',
  alicom_flow_error_code: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.flow.alipay.isbindingtbaccount`: method, response root, request and response schemas. */
export const alibabaAliqinFlowAlipayIsbindingtbaccountOperation = {
  method: 'alibaba.aliqin.flow.alipay.isbindingtbaccount',
  responseRoot: 'alibaba_aliqin_flow_alipay_isbindingtbaccount_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 判断支付宝用户是否绑定淘宝账号 — calls TOP method `alibaba.aliqin.flow.alipay.isbindingtbaccount`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFlowAlipayIsbindingtbaccount(
  client: TopClient,
  request: AlibabaAliqinFlowAlipayIsbindingtbaccountRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFlowAlipayIsbindingtbaccountResponse> {
  return client.call<AlibabaAliqinFlowAlipayIsbindingtbaccountResponse>(
    {
      method: 'alibaba.aliqin.flow.alipay.isbindingtbaccount',
      responseRoot: 'alibaba_aliqin_flow_alipay_isbindingtbaccount_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
