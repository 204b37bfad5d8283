// Generated from specs/aedropshiper/aliexpress.ds.image.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `aliexpress.ds.image.search` (图片搜索). */
export interface AliexpressDsImageSearchRequest {
  /** target_language:EN,RU,PT,ES,FR,ID,IT,TH,JA,AR,VI,TR,DE,HE,KO,NL,PL,MX,CL,IW,IN */
  target_language?: string;
  /** target_currency:USD, GBP, CAD, EUR, UAH, MXN, TRY, RUB, BRL, AUD, INR, JPY, IDR, SEK,KRW */
  target_currency?: string;
  /** count of products， max 150. */
  product_cnt?: Int64Input;
  /** SALE_PRICE_ASC, SALE_PRICE_DESC, LAST_VOLUME_ASC, LAST_VOLUME_DESC */
  sort?: string;
  /** optional Ship to Country */
  shpt_to?: string;
  /** image name in fileserver，max size 100 KB */
  image_file_bytes?: TopFile;
}

/** Response of `aliexpress.ds.image.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressDsImageSearchResponse {
  /** error code */
  rsp_code?: string;
  /** result object */
  data?: AliexpressDsImageSearchTrafficImageSearchResultDTO;
  /** System Error */
  rsp_msg?: string;
  /** total record count */
  total_record_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TrafficImageSearchResultDTO` of `aliexpress.ds.image.search`. */
export interface AliexpressDsImageSearchTrafficImageSearchResultDTO {
  /** products */
  products?: AliexpressDsImageSearchTrafficImageProductDTO[];
}

/** `TrafficImageProductDTO` of `aliexpress.ds.image.search`. */
export interface AliexpressDsImageSearchTrafficImageProductDTO {
  /** commodity thumbnail address list */
  product_small_image_urls?: string[];
  /** original price */
  original_price?: string;
  /** original price currency */
  original_price_currency?: string;
  /** discount */
  discount?: string;
  /** latest volume */
  lastest_volume?: string;
  /** seller id */
  seller_id?: Int64;
  /** target sale price */
  target_sale_price?: string;
  /** evaluate rate */
  evaluate_rate?: string;
  /** target original price */
  target_original_price?: string;
  /** shop id */
  shop_id?: Int64;
  /** second level category name */
  second_level_category_name?: string;
  /** first level category id */
  first_level_category_id?: string;
  /** product vedio url */
  product_video_url?: string;
  /** product id */
  product_id?: string;
  /** sale price */
  sale_price?: string;
  /** target sale price currency */
  target_sale_price_currency?: string;
  /** second level category id */
  second_level_category_id?: string;
  /** shop url */
  shop_url?: string;
  /** product title */
  product_title?: string;
  /** product detail url */
  product_detail_url?: string;
  /** first level category name */
  first_level_category_name?: string;
  /** product main image url */
  product_main_image_url?: string;
  /** platform product type */
  platform_product_type?: string;
  /** target original price currency */
  target_original_price_currency?: string;
  /** sale price currency */
  sale_price_currency?: string;
}

const REQUEST_SCHEMA = {
  target_language: 'String',
  target_currency: 'String',
  product_cnt: 'Number',
  sort: 'String',
  shpt_to: 'String',
  image_file_bytes: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rsp_code: 'String',
  data: {
    products: [
      {
        product_small_image_urls: ['String'],
        original_price: 'String',
        original_price_currency: 'String',
        discount: 'String',
        lastest_volume: 'String',
        seller_id: 'Number',
        target_sale_price: 'String',
        evaluate_rate: 'String',
        target_original_price: 'String',
        shop_id: 'Number',
        second_level_category_name: 'String',
        first_level_category_id: 'String',
        product_video_url: 'String',
        product_id: 'String',
        sale_price: 'String',
        target_sale_price_currency: 'String',
        second_level_category_id: 'String',
        shop_url: 'String',
        product_title: 'String',
        product_detail_url: 'String',
        first_level_category_name: 'String',
        product_main_image_url: 'String',
        platform_product_type: 'String',
        target_original_price_currency: 'String',
        sale_price_currency: 'String',
      },
    ],
  },
  rsp_msg: 'String',
  total_record_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ds.image.search`: method, response root, request and response schemas. */
export const aliexpressDsImageSearchOperation = {
  method: 'aliexpress.ds.image.search',
  responseRoot: 'aliexpress_ds_image_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片搜索 — calls TOP method `aliexpress.ds.image.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressDsImageSearch(
  client: TopClient,
  request: AliexpressDsImageSearchRequest = {},
  options?: CallOptions,
): Promise<AliexpressDsImageSearchResponse> {
  return client.call<AliexpressDsImageSearchResponse>(
    {
      method: 'aliexpress.ds.image.search',
      responseRoot: 'aliexpress_ds_image_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
