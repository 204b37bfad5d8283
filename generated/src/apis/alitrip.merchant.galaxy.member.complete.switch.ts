// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.complete.switch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.complete.switch` (会员切换模式接口). */
export interface AlitripMerchantGalaxyMemberCompleteSwitchRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** token */
  token?: string;
  /** 验证码 */
  verification_code?: string;
  /** 场景来源，记录什么场景调用什么接口 */
  scene_source?: string;
}

/** Response of `alitrip.merchant.galaxy.member.complete.switch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberCompleteSwitchResponse {
  /** 结果集 */
  result?: AlitripMerchantGalaxyMemberCompleteSwitchResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.complete.switch`. */
export interface AlitripMerchantGalaxyMemberCompleteSwitchResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 是否切换成功 */
  content?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  verification_code: 'String',
  scene_source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.complete.switch`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberCompleteSwitchOperation = {
  method: 'alitrip.merchant.galaxy.member.complete.switch',
  responseRoot: 'alitrip_merchant_galaxy_member_complete_switch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员切换模式接口 — calls TOP method `alitrip.merchant.galaxy.member.complete.switch`.
 *
 * 小程序老用户调用德比接口进行会员切换
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberCompleteSwitch(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberCompleteSwitchRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberCompleteSwitchResponse> {
  return client.call<AlitripMerchantGalaxyMemberCompleteSwitchResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.complete.switch',
      responseRoot: 'alitrip_merchant_galaxy_member_complete_switch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
