// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.user.risk.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.user.risk` (查询微信账号的风险等级). */
export interface AlitripMerchantGalaxyUserRiskRequest {
  /** 租户id */
  tenant_key?: string;
  /** 用户token */
  token?: string;
  /** 用户ip */
  ip?: string;
  /** 邮箱 */
  email?: string;
  /** 场景值 */
  scene?: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.user.risk`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyUserRiskResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyUserRiskResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.user.risk`. */
export interface AlitripMerchantGalaxyUserRiskResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回内容 */
  content?: AlitripMerchantGalaxyUserRiskUserRiskRankVo;
  /** 错误信息 */
  error_msg?: string;
}

/** `UserRiskRankVo` of `alitrip.merchant.galaxy.user.risk`. */
export interface AlitripMerchantGalaxyUserRiskUserRiskRankVo {
  /** 请求id */
  request_union_id?: Int64;
  /** 风险等级 */
  rist_rank?: Int64;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  ip: 'String',
  email: 'String',
  scene: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      request_union_id: 'Number',
      rist_rank: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.user.risk`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyUserRiskOperation = {
  method: 'alitrip.merchant.galaxy.user.risk',
  responseRoot: 'alitrip_merchant_galaxy_user_risk_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询微信账号的风险等级 — calls TOP method `alitrip.merchant.galaxy.user.risk`.
 *
 * 【星河服务】查询微信账号的风险等级
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyUserRisk(
  client: TopClient,
  request: AlitripMerchantGalaxyUserRiskRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyUserRiskResponse> {
  return client.call<AlitripMerchantGalaxyUserRiskResponse>(
    {
      method: 'alitrip.merchant.galaxy.user.risk',
      responseRoot: 'alitrip_merchant_galaxy_user_risk_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
