// Generated from specs/alihouse/alibaba.alihouse.newhome.agreement.preshow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.agreement.preshow` (预览地址获取接口). */
export interface AlibabaAlihouseNewhomeAgreementPreshowRequest {
  /** 协议ID */
  id: Int64Input;
  /** 1-协议 2-签章 */
  type: Int64Input;
}

/** Response of `alibaba.alihouse.newhome.agreement.preshow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeAgreementPreshowResponse {
  /** 结果 */
  result?: AlibabaAlihouseNewhomeAgreementPreshowResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.agreement.preshow`. */
export interface AlibabaAlihouseNewhomeAgreementPreshowResult {
  /** 值 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 信息 */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.agreement.preshow`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeAgreementPreshowOperation = {
  method: 'alibaba.alihouse.newhome.agreement.preshow',
  responseRoot: 'alibaba_alihouse_newhome_agreement_preshow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预览地址获取接口 — calls TOP method `alibaba.alihouse.newhome.agreement.preshow`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeAgreementPreshow(
  client: TopClient,
  request: AlibabaAlihouseNewhomeAgreementPreshowRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeAgreementPreshowResponse> {
  return client.call<AlibabaAlihouseNewhomeAgreementPreshowResponse>(
    {
      method: 'alibaba.alihouse.newhome.agreement.preshow',
      responseRoot: 'alibaba_alihouse_newhome_agreement_preshow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
