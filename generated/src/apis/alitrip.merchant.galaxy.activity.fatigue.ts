// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.activity.fatigue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.activity.fatigue` (营销抽奖-弹窗疲劳度控制). */
export interface AlitripMerchantGalaxyActivityFatigueRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** 用户登录标识 */
  token?: string;
  /** 活动ID */
  offer_id?: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.activity.fatigue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyActivityFatigueResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyActivityFatigueResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.activity.fatigue`. */
export interface AlitripMerchantGalaxyActivityFatigueResponse2 {
  /** 错误信息 */
  error_msg?: string;
  /** 返回数据 */
  content?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  offer_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    content: 'Boolean',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.activity.fatigue`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyActivityFatigueOperation = {
  method: 'alitrip.merchant.galaxy.activity.fatigue',
  responseRoot: 'alitrip_merchant_galaxy_activity_fatigue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 营销抽奖-弹窗疲劳度控制 — calls TOP method `alitrip.merchant.galaxy.activity.fatigue`.
 *
 * 星河产品-营销抽奖首页弹窗疲劳度控制服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyActivityFatigue(
  client: TopClient,
  request: AlitripMerchantGalaxyActivityFatigueRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyActivityFatigueResponse> {
  return client.call<AlitripMerchantGalaxyActivityFatigueResponse>(
    {
      method: 'alitrip.merchant.galaxy.activity.fatigue',
      responseRoot: 'alitrip_merchant_galaxy_activity_fatigue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
