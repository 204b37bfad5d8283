// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.city.like.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.city.like` (星河-酒店城市模糊查询). */
export interface AlitripMerchantGalaxyCityLikeRequest {
  /** 商家租户id */
  tenant_key: string;
  /** 城市模糊 */
  city_name: string;
  /** 0国内1国外 */
  domestic?: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.city.like`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyCityLikeResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyCityLikeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.city.like`. */
export interface AlitripMerchantGalaxyCityLikeResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 返回结果 */
  content?: AlitripMerchantGalaxyCityLikeAddressSearchVO;
  /** 错误信息 */
  error_msg?: string;
}

/** `AddressSearchVO` of `alitrip.merchant.galaxy.city.like`. */
export interface AlitripMerchantGalaxyCityLikeAddressSearchVO {
  /** 酒店详情 */
  hotel_list?: AlitripMerchantGalaxyCityLikeHotelAddressDetail[];
  /** 城市列表 */
  city_list?: AlitripMerchantGalaxyCityLikeCityAddressDetail[];
}

/** `HotelAddressDetail` of `alitrip.merchant.galaxy.city.like`. */
export interface AlitripMerchantGalaxyCityLikeHotelAddressDetail {
  /** 标准库id */
  shid?: Int64;
  /** 酒店id */
  hotel_id?: string;
  /** 酒店头图url */
  picture_url?: string;
  /** address */
  address?: string;
  /** 酒店中文名称 */
  name_cn?: string;
}

/** `CityAddressDetail` of `alitrip.merchant.galaxy.city.like`. */
export interface AlitripMerchantGalaxyCityLikeCityAddressDetail {
  /** 0国内1国外 */
  domestic?: Int64;
  /** 国家编码 */
  country_code?: Int64;
  /** 国家(汉字) */
  country_cn?: string;
  /** 城市编码 */
  city_code?: Int64;
  /** 城市(汉字) */
  city_cn?: string;
  /** 省份代码 */
  province_code?: Int64;
  /** 省份(汉字) */
  province_cn?: string;
  /** 城市拼音首字母 */
  city_py_head?: string;
  /** 城市图片URL */
  city_url?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  city_name: 'String',
  domestic: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      hotel_list: [
        {
          shid: 'Number',
          hotel_id: 'String',
          picture_url: 'String',
          address: 'String',
          name_cn: 'String',
        },
      ],
      city_list: [
        {
          domestic: 'Number',
          country_code: 'Number',
          country_cn: 'String',
          city_code: 'Number',
          city_cn: 'String',
          province_code: 'Number',
          province_cn: 'String',
          city_py_head: 'String',
          city_url: 'String',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.city.like`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyCityLikeOperation = {
  method: 'alitrip.merchant.galaxy.city.like',
  responseRoot: 'alitrip_merchant_galaxy_city_like_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-酒店城市模糊查询 — calls TOP method `alitrip.merchant.galaxy.city.like`.
 *
 * 根据城市模糊查询，雅高酒店所在城市的城市信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyCityLike(
  client: TopClient,
  request: AlitripMerchantGalaxyCityLikeRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyCityLikeResponse> {
  return client.call<AlitripMerchantGalaxyCityLikeResponse>(
    {
      method: 'alitrip.merchant.galaxy.city.like',
      responseRoot: 'alitrip_merchant_galaxy_city_like_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
