// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.favorite.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.favorite.list` (用户收藏列表查询). */
export interface AlitripMerchantGalaxyFavoriteListRequest {
  /** 租户标识 */
  tenant_key: string;
  /** 用户登录标识 */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.favorite.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyFavoriteListResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyFavoriteListResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.favorite.list`. */
export interface AlitripMerchantGalaxyFavoriteListResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 收藏列表 */
  contents?: AlitripMerchantGalaxyFavoriteListFavoriteHotelList[];
  /** 错误信息 */
  error_msg?: string;
}

/** `FavoriteHotelList` of `alitrip.merchant.galaxy.favorite.list`. */
export interface AlitripMerchantGalaxyFavoriteListFavoriteHotelList {
  /** 酒店头图 */
  picture_url?: string;
  /** 酒店地址 */
  address?: string;
  /** 酒店中文名称 */
  name_cn?: string;
  /** 酒店id */
  hotel_id?: string;
  /** 飞猪标准酒店id */
  shid?: Int64;
  /** 品牌logo URL */
  logo_url?: string;
  /** 卫生健康标识 */
  media_url?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    contents: [
      {
        picture_url: 'String',
        address: 'String',
        name_cn: 'String',
        hotel_id: 'String',
        shid: 'Number',
        logo_url: 'String',
        media_url: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.favorite.list`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyFavoriteListOperation = {
  method: 'alitrip.merchant.galaxy.favorite.list',
  responseRoot: 'alitrip_merchant_galaxy_favorite_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户收藏列表查询 — calls TOP method `alitrip.merchant.galaxy.favorite.list`.
 *
 * 让用户可以查询自己收藏的酒店列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyFavoriteList(
  client: TopClient,
  request: AlitripMerchantGalaxyFavoriteListRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyFavoriteListResponse> {
  return client.call<AlitripMerchantGalaxyFavoriteListResponse>(
    {
      method: 'alitrip.merchant.galaxy.favorite.list',
      responseRoot: 'alitrip_merchant_galaxy_favorite_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
