// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.logout.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.logout` (星河-用户登出). */
export interface AlitripMerchantGalaxyMemberLogoutRequest {
  /** 租户信息 */
  tenant_key: string;
  /** 用户登录token */
  token: string;
}

/** Response of `alitrip.merchant.galaxy.member.logout`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberLogoutResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyMemberLogoutResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.logout`. */
export interface AlitripMerchantGalaxyMemberLogoutResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 登出是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    is_success: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.logout`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberLogoutOperation = {
  method: 'alitrip.merchant.galaxy.member.logout',
  responseRoot: 'alitrip_merchant_galaxy_member_logout_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-用户登出 — calls TOP method `alitrip.merchant.galaxy.member.logout`.
 *
 * 星河=微信小程序用户登出
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberLogout(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberLogoutRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberLogoutResponse> {
  return client.call<AlitripMerchantGalaxyMemberLogoutResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.logout',
      responseRoot: 'alitrip_merchant_galaxy_member_logout_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
