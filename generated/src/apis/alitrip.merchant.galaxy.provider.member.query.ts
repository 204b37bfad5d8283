// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.provider.member.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.provider.member.query` (提供会员查询接口). */
export interface AlitripMerchantGalaxyProviderMemberQueryRequest {
  /** 租户id */
  tenant_key: string;
  /** 查询参数 */
  query_member_param: AlitripMerchantGalaxyProviderMemberQueryQueryMemberParamInput;
}

/** Response of `alitrip.merchant.galaxy.provider.member.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyProviderMemberQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyProviderMemberQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryMemberParam` of `alitrip.merchant.galaxy.provider.member.query`. */
export interface AlitripMerchantGalaxyProviderMemberQueryQueryMemberParamInput {
  /** 签名 */
  signature?: string;
  /** 手机号前缀（加密） */
  phone_pre?: string;
  /** 手机号（加密） */
  phone_num?: string;
  /** 应用id */
  app_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.provider.member.query`. */
export interface AlitripMerchantGalaxyProviderMemberQueryResponse2 {
  /** 错误信息 */
  error_msg?: string;
  /** 返回结果 */
  provider_member_vo?: AlitripMerchantGalaxyProviderMemberQueryProviderMemberVo;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ProviderMemberVo` of `alitrip.merchant.galaxy.provider.member.query`. */
export interface AlitripMerchantGalaxyProviderMemberQueryProviderMemberVo {
  /** 卡类型 */
  card_type?: string;
  /** 卡等级 */
  card_tier?: string;
  /** 卡号 */
  card_number?: string;
  /** 会员id */
  member_id?: string;
  /** 注册类型 */
  register_type?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  query_member_param: {
    signature: 'String',
    phone_pre: 'String',
    phone_num: 'String',
    app_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    provider_member_vo: {
      card_type: 'String',
      card_tier: 'String',
      card_number: 'String',
      member_id: 'String',
      register_type: 'String',
    },
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.provider.member.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyProviderMemberQueryOperation = {
  method: 'alitrip.merchant.galaxy.provider.member.query',
  responseRoot: 'alitrip_merchant_galaxy_provider_member_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提供会员查询接口 — calls TOP method `alitrip.merchant.galaxy.provider.member.query`.
 *
 * 星河产品=提供会查询服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyProviderMemberQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyProviderMemberQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyProviderMemberQueryResponse> {
  return client.call<AlitripMerchantGalaxyProviderMemberQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.provider.member.query',
      responseRoot: 'alitrip_merchant_galaxy_provider_member_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
