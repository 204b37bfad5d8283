// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.city.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.city.list` (星河-酒店城市列表展示). */
export interface AlitripMerchantGalaxyCityListRequest {
  /** 商家租户id */
  tenant_key: string;
  /** 0国内 1国外 */
  domestic?: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.city.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyCityListResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyCityListResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.city.list`. */
export interface AlitripMerchantGalaxyCityListResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 返回城市列表 */
  content?: AlitripMerchantGalaxyCityListAddressListSearchDto;
  /** 错误描述 */
  error_msg?: string;
}

/** `AddressListSearchDto` of `alitrip.merchant.galaxy.city.list`. */
export interface AlitripMerchantGalaxyCityListAddressListSearchDto {
  /** 城市列表 */
  city_list?: AlitripMerchantGalaxyCityListAddressLetterDto[];
  /** 热门城市 */
  hot_city_list?: AlitripMerchantGalaxyCityListAddressSearchDto[];
}

/** `AddressLetterDto` of `alitrip.merchant.galaxy.city.list`. */
export interface AlitripMerchantGalaxyCityListAddressLetterDto {
  /** 字母分类列表 */
  address_list?: AlitripMerchantGalaxyCityListAddressSearchDto[];
  /** 字母 */
  letter?: string;
}

/** `AddressSearchDto` of `alitrip.merchant.galaxy.city.list`. */
export interface AlitripMerchantGalaxyCityListAddressSearchDto {
  /** 0国内1国外 */
  domestic?: Int64;
  /** 城市图片url */
  city_url?: string;
  /** 城市拼音首字母 */
  city_py_head?: string;
  /** 城市编码 */
  city_code?: Int64;
  /** 国家编码 */
  country_code?: Int64;
  /** 城市 */
  city_cn?: string;
  /** 国家 */
  country_cn?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  domestic: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      city_list: [
        {
          address_list: [
            {
              domestic: 'Number',
              city_url: 'String',
              city_py_head: 'String',
              city_code: 'Number',
              country_code: 'Number',
              city_cn: 'String',
              country_cn: 'String',
            },
          ],
          letter: 'String',
        },
      ],
      hot_city_list: [
        {
          domestic: 'Number',
          city_url: 'String',
          city_py_head: 'String',
          city_code: 'Number',
          country_code: 'Number',
          city_cn: 'String',
          country_cn: 'String',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.city.list`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyCityListOperation = {
  method: 'alitrip.merchant.galaxy.city.list',
  responseRoot: 'alitrip_merchant_galaxy_city_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-酒店城市列表展示 — calls TOP method `alitrip.merchant.galaxy.city.list`.
 *
 * 雅高酒店城市列表展示，并且首字母列出酒店城市
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyCityList(
  client: TopClient,
  request: AlitripMerchantGalaxyCityListRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyCityListResponse> {
  return client.call<AlitripMerchantGalaxyCityListResponse>(
    {
      method: 'alitrip.merchant.galaxy.city.list',
      responseRoot: 'alitrip_merchant_galaxy_city_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
