// Generated from specs/alsc/alibaba.alsc.crm.marketing.encrypt.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.marketing.encrypt` (加密). */
export interface AlibabaAlscCrmMarketingEncryptRequest {
  /** 参数 */
  param: string;
}

/** Response of `alibaba.alsc.crm.marketing.encrypt`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmMarketingEncryptResponse {
  /** 返回结果 */
  result?: AlibabaAlscCrmMarketingEncryptCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.marketing.encrypt`. */
export interface AlibabaAlscCrmMarketingEncryptCommonResult {
  /** 加密结果 */
  result?: string;
  /** 异常码 */
  result_code?: string;
  /** 异常信息 */
  result_view?: string;
  /** 无 */
  biz_success?: boolean;
  /** 结果描述 */
  result_desc?: string;
}

const REQUEST_SCHEMA = {
  param: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    result_code: 'String',
    result_view: 'String',
    biz_success: 'Boolean',
    result_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.marketing.encrypt`: method, response root, request and response schemas. */
export const alibabaAlscCrmMarketingEncryptOperation = {
  method: 'alibaba.alsc.crm.marketing.encrypt',
  responseRoot: 'alibaba_alsc_crm_marketing_encrypt_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 加密 — calls TOP method `alibaba.alsc.crm.marketing.encrypt`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmMarketingEncrypt(
  client: TopClient,
  request: AlibabaAlscCrmMarketingEncryptRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmMarketingEncryptResponse> {
  return client.call<AlibabaAlscCrmMarketingEncryptResponse>(
    {
      method: 'alibaba.alsc.crm.marketing.encrypt',
      responseRoot: 'alibaba_alsc_crm_marketing_encrypt_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
