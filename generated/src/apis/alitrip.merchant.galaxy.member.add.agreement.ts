// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.add.agreement.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.add.agreement` (添加用户协议记录接口). */
export interface AlitripMerchantGalaxyMemberAddAgreementRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 微信code(实时获取) */
  code?: string;
  /** 隐私协议枚举type */
  privacy_agreement?: boolean;
  /** 会员协议枚举 */
  data_export_agreement?: boolean;
}

/** Response of `alitrip.merchant.galaxy.member.add.agreement`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberAddAgreementResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyMemberAddAgreementResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.add.agreement`. */
export interface AlitripMerchantGalaxyMemberAddAgreementResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  content?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  code: 'String',
  privacy_agreement: 'Boolean',
  data_export_agreement: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
    content: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.add.agreement`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberAddAgreementOperation = {
  method: 'alitrip.merchant.galaxy.member.add.agreement',
  responseRoot: 'alitrip_merchant_galaxy_member_add_agreement_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加用户协议记录接口 — calls TOP method `alitrip.merchant.galaxy.member.add.agreement`.
 *
 * 记录用户是否授权协议
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberAddAgreement(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberAddAgreementRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberAddAgreementResponse> {
  return client.call<AlitripMerchantGalaxyMemberAddAgreementResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.add.agreement',
      responseRoot: 'alitrip_merchant_galaxy_member_add_agreement_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
