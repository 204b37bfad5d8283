// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.favorite.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.favorite.query` (单酒店收藏状态查询). */
export interface AlitripMerchantGalaxyFavoriteQueryRequest {
  /** 租户标识 */
  tenant_key: string;
  /** 用户登录标识 */
  token?: string;
  /** 酒店id */
  hotel_id?: string;
}

/** Response of `alitrip.merchant.galaxy.favorite.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyFavoriteQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyFavoriteQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.favorite.query`. */
export interface AlitripMerchantGalaxyFavoriteQueryResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 收藏状态 */
  content?: AlitripMerchantGalaxyFavoriteQueryFavoriteStatusVo;
  /** 错误信息 */
  error_msg?: string;
}

/** `FavoriteStatusVo` of `alitrip.merchant.galaxy.favorite.query`. */
export interface AlitripMerchantGalaxyFavoriteQueryFavoriteStatusVo {
  /** 是否收藏 */
  favorite_status?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  hotel_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      favorite_status: 'Boolean',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.favorite.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyFavoriteQueryOperation = {
  method: 'alitrip.merchant.galaxy.favorite.query',
  responseRoot: 'alitrip_merchant_galaxy_favorite_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单酒店收藏状态查询 — calls TOP method `alitrip.merchant.galaxy.favorite.query`.
 *
 * 返回用户对单个酒店的收藏状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyFavoriteQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyFavoriteQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyFavoriteQueryResponse> {
  return client.call<AlitripMerchantGalaxyFavoriteQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.favorite.query',
      responseRoot: 'alitrip_merchant_galaxy_favorite_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
