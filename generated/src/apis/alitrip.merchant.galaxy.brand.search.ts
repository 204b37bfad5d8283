// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.brand.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.brand.search` (星河-品牌搜索). */
export interface AlitripMerchantGalaxyBrandSearchRequest {
  /** 租户信息 */
  tenant_key?: string;
}

/** Response of `alitrip.merchant.galaxy.brand.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyBrandSearchResponse {
  /** 接口返回model */
  result?: AlitripMerchantGalaxyBrandSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alitrip.merchant.galaxy.brand.search`. */
export interface AlitripMerchantGalaxyBrandSearchResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 品牌信息 */
  brands?: AlitripMerchantGalaxyBrandSearchContent;
  /** 错误信息 */
  error_msg?: string;
}

/** `Content` of `alitrip.merchant.galaxy.brand.search`. */
export interface AlitripMerchantGalaxyBrandSearchContent {
  /** 高档型 */
  upscales?: AlitripMerchantGalaxyBrandSearchBrandListDto[];
  /** 豪华型 */
  luxurys?: AlitripMerchantGalaxyBrandSearchBrandListDto[];
  /** 舒适型 */
  cm_for_tables?: AlitripMerchantGalaxyBrandSearchBrandListDto[];
  /** 经济型 */
  economics?: AlitripMerchantGalaxyBrandSearchBrandListDto[];
}

/** `BrandListDto` of `alitrip.merchant.galaxy.brand.search`. */
export interface AlitripMerchantGalaxyBrandSearchBrandListDto {
  /** 品牌名称 */
  brand_name?: string;
  /** 品牌类型 */
  species?: string;
  /** 品牌地址 */
  logo?: string;
  /** 子品牌编码 */
  sub_type?: Int64;
  /** 品牌编码 */
  brand_code?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    brands: {
      upscales: [
        {
          brand_name: 'String',
          species: 'String',
          logo: 'String',
          sub_type: 'Number',
          brand_code: 'String',
        },
      ],
      luxurys: [
        {
          brand_name: 'String',
          species: 'String',
          logo: 'String',
          sub_type: 'Number',
          brand_code: 'String',
        },
      ],
      cm_for_tables: [
        {
          brand_name: 'String',
          species: 'String',
          logo: 'String',
          sub_type: 'Number',
          brand_code: 'String',
        },
      ],
      economics: [
        {
          brand_name: 'String',
          species: 'String',
          logo: 'String',
          sub_type: 'Number',
          brand_code: 'String',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.brand.search`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyBrandSearchOperation = {
  method: 'alitrip.merchant.galaxy.brand.search',
  responseRoot: 'alitrip_merchant_galaxy_brand_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-品牌搜索 — calls TOP method `alitrip.merchant.galaxy.brand.search`.
 *
 * 星河服务=获取雅高品牌信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyBrandSearch(
  client: TopClient,
  request: AlitripMerchantGalaxyBrandSearchRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyBrandSearchResponse> {
  return client.call<AlitripMerchantGalaxyBrandSearchResponse>(
    {
      method: 'alitrip.merchant.galaxy.brand.search',
      responseRoot: 'alitrip_merchant_galaxy_brand_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
