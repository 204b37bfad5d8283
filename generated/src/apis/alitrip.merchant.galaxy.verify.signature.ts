// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.verify.signature.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.verify.signature` (微信账号生物认证). */
export interface AlitripMerchantGalaxyVerifySignatureRequest {
  /** 租户id */
  tenant_key: string;
  /** 用户token */
  token: string;
  /** 微信认证参数 */
  json_string?: string;
  /** 微信认证参数 */
  json_signature?: string;
}

/** Response of `alitrip.merchant.galaxy.verify.signature`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyVerifySignatureResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyVerifySignatureResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.verify.signature`. */
export interface AlitripMerchantGalaxyVerifySignatureResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回内容 */
  content?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  json_string: 'String',
  json_signature: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.verify.signature`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyVerifySignatureOperation = {
  method: 'alitrip.merchant.galaxy.verify.signature',
  responseRoot: 'alitrip_merchant_galaxy_verify_signature_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微信账号生物认证 — calls TOP method `alitrip.merchant.galaxy.verify.signature`.
 *
 * 在用户注册等场景下，如果账号风险等级过高，需要进行生物认证
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyVerifySignature(
  client: TopClient,
  request: AlitripMerchantGalaxyVerifySignatureRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyVerifySignatureResponse> {
  return client.call<AlitripMerchantGalaxyVerifySignatureResponse>(
    {
      method: 'alitrip.merchant.galaxy.verify.signature',
      responseRoot: 'alitrip_merchant_galaxy_verify_signature_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
