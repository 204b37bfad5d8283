// Generated from specs/aedropshiper/aliexpress.ds.recommend.feed.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ds.recommend.feed.get` (获取推荐商品信息流接口). */
export interface AliexpressDsRecommendFeedGetRequest {
  /** screens the subject product library for the target country */
  country?: string;
  /** target currency:USD, GBP, CAD, EUR, UAH, MXN, TRY, RUB, BRL, AUD, INR, JPY, IDR, SEK,KRW */
  target_currency?: string;
  /** target language:EN,RU,PT,ES,FR,ID,IT,TH,JA,AR,VI,TR,DE,HE,KO,NL,PL,MX,CL,IN */
  target_language?: string;
  /** record count of each page, 1 - 50 */
  page_size?: Int64Input;
  /** sort by：priceAsc，priceDesc，volumeAsc、volumeDesc, discountAsc, discountDesc, DSRratingAsc，DSRratingDesc, */
  sort?: string;
  /** Page number */
  page_no?: Int64Input;
  /** Category ID, you can get category ID via "get category" API https://developers.aliexpress.com/en/doc.htm?docId=45801&docType=2 */
  category_id?: string;
  /** feed name, eg. "DS bestseller" */
  feed_name: string;
}

/** Response of `aliexpress.ds.recommend.feed.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressDsRecommendFeedGetResponse {
  /** result object */
  result?: AliexpressDsRecommendFeedGetTrafficProductResultDTO;
  /** System Error */
  rsp_msg?: string;
  /** error code */
  rsp_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TrafficProductResultDTO` of `aliexpress.ds.recommend.feed.get`. */
export interface AliexpressDsRecommendFeedGetTrafficProductResultDTO {
  /** total record count */
  total_record_count?: Int64;
  /** current record count */
  current_record_count?: Int64;
  /** is finished */
  is_finished?: boolean;
  /** total page number */
  total_page_no?: Int64;
  /** count page number */
  current_page_no?: Int64;
  /** products */
  products?: AliexpressDsRecommendFeedGetInteger[];
}

/** `Integer` of `aliexpress.ds.recommend.feed.get`. */
export interface AliexpressDsRecommendFeedGetInteger {
  /** lastest volume */
  lastest_volume?: Int64;
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
  first_level_category_id?: Int64;
  /** product video url */
  product_video_url?: string;
  /** product id */
  product_id?: Int64;
  /** sale price */
  sale_price?: string;
  /** sale price in target currency */
  target_sale_price_currency?: string;
  /** second level category id */
  second_level_category_id?: Int64;
  /** shop url */
  shop_url?: string;
  /** product detail url */
  product_detail_url?: string;
  /** product title */
  product_title?: string;
  /** first level category name */
  first_level_category_name?: string;
  /** product main image url */
  product_main_image_url?: string;
  /** platform product type:ALL,PLAZA,TMALL */
  platform_product_type?: string;
  /** target original price currency */
  target_original_price_currency?: string;
  /** ship to days */
  ship_to_days?: string;
  /** sale price currency */
  sale_price_currency?: string;
  /** product small image urls */
  product_small_image_urls?: string[];
  /** original price */
  original_price?: string;
  /** original price currency */
  original_price_currency?: string;
  /** discount */
  discount?: string;
}

const REQUEST_SCHEMA = {
  country: 'String',
  target_currency: 'String',
  target_language: 'String',
  page_size: 'Number',
  sort: 'String',
  page_no: 'Number',
  category_id: 'String',
  feed_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_record_count: 'Number',
    current_record_count: 'Number',
    is_finished: 'Boolean',
    total_page_no: 'Number',
    current_page_no: 'Number',
    products: [
      {
        lastest_volume: 'Number',
        seller_id: 'Number',
        target_sale_price: 'String',
        evaluate_rate: 'String',
        target_original_price: 'String',
        shop_id: 'Number',
        second_level_category_name: 'String',
        first_level_category_id: 'Number',
        product_video_url: 'String',
        product_id: 'Number',
        sale_price: 'String',
        target_sale_price_currency: 'String',
        second_level_category_id: 'Number',
        shop_url: 'String',
        product_detail_url: 'String',
        product_title: 'String',
        first_level_category_name: 'String',
        product_main_image_url: 'String',
        platform_product_type: 'String',
        target_original_price_currency: 'String',
        ship_to_days: 'String',
        sale_price_currency: 'String',
        product_small_image_urls: ['String'],
        original_price: 'String',
        original_price_currency: 'String',
        discount: 'String',
      },
    ],
  },
  rsp_msg: 'String',
  rsp_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ds.recommend.feed.get`: method, response root, request and response schemas. */
export const aliexpressDsRecommendFeedGetOperation = {
  method: 'aliexpress.ds.recommend.feed.get',
  responseRoot: 'aliexpress_ds_recommend_feed_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取推荐商品信息流接口 — calls TOP method `aliexpress.ds.recommend.feed.get`.
 *
 * 获取推荐商品信息流
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressDsRecommendFeedGet(
  client: TopClient,
  request: AliexpressDsRecommendFeedGetRequest,
  options?: CallOptions,
): Promise<AliexpressDsRecommendFeedGetResponse> {
  return client.call<AliexpressDsRecommendFeedGetResponse>(
    {
      method: 'aliexpress.ds.recommend.feed.get',
      responseRoot: 'aliexpress_ds_recommend_feed_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
