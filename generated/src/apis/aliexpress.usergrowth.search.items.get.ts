// Generated from specs/aeusergrowth/aliexpress.usergrowth.search.items.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.usergrowth.search.items.get` (第三方平台搜索AE商品). */
export interface AliexpressUsergrowthSearchItemsGetRequest {
  /** user input keypods */
  keywords: string;
  /** Third party tracking_id */
  tracking_id?: string;
  /** currency code */
  currency_code?: string;
  /** language */
  language?: string;
  /** page size */
  page_size?: string;
  /** page index */
  page_index?: string;
  /** ship to country */
  country_code?: string;
}

/** Response of `aliexpress.usergrowth.search.items.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressUsergrowthSearchItemsGetResponse {
  /** response model */
  result?: AliexpressUsergrowthSearchItemsGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `aliexpress.usergrowth.search.items.get`. */
export interface AliexpressUsergrowthSearchItemsGetResult {
  /** Result,The product are located at the top,maybe null when success = false */
  data_list?: AliexpressUsergrowthSearchItemsGetData[];
  /** success is used to determine whether invoke service success */
  success?: boolean;
  /** other extend message */
  message?: string;
  /** Code is used to determine whether the result is correct */
  code?: string;
  /** extend param */
  ext?: AliexpressUsergrowthSearchItemsGetExt;
}

/** `Data` of `aliexpress.usergrowth.search.items.get`. */
export interface AliexpressUsergrowthSearchItemsGetData {
  /** product id */
  product_id?: string;
  /** sale price , return local price */
  sale_price?: string;
  /** product photo url */
  photo?: string;
  /** shop name */
  shop_name?: string;
  /** product name */
  product_name?: string;
  /** store url */
  shop_domain?: string;
  /** product detail Url */
  detail_url?: string;
  /** shopId */
  shop_id?: string;
  /** sub category */
  sub_category?: string;
  /** rating count */
  rating_count?: Int64;
  /** photo height */
  photo_height?: Int64;
  /** shop rating */
  shop_rating?: string;
  /** rating */
  rating_value?: string;
  /** product category */
  category?: string;
  /** photo width */
  photo_width?: Int64;
  /** delivery freeShipping */
  free_shipping?: boolean;
}

/** `Ext` of `aliexpress.usergrowth.search.items.get`. */
export interface AliexpressUsergrowthSearchItemsGetExt {
  /** search page link */
  search_page_link?: string;
}

const REQUEST_SCHEMA = {
  keywords: 'String',
  tracking_id: 'String',
  currency_code: 'String',
  language: 'String',
  page_size: 'String',
  page_index: 'String',
  country_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        product_id: 'String',
        sale_price: 'String',
        photo: 'String',
        shop_name: 'String',
        product_name: 'String',
        shop_domain: 'String',
        detail_url: 'String',
        shop_id: 'String',
        sub_category: 'String',
        rating_count: 'Number',
        photo_height: 'Number',
        shop_rating: 'String',
        rating_value: 'String',
        category: 'String',
        photo_width: 'Number',
        free_shipping: 'Boolean',
      },
    ],
    success: 'Boolean',
    message: 'String',
    code: 'String',
    ext: {
      search_page_link: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.usergrowth.search.items.get`: method, response root, request and response schemas. */
export const aliexpressUsergrowthSearchItemsGetOperation = {
  method: 'aliexpress.usergrowth.search.items.get',
  responseRoot: 'aliexpress_usergrowth_search_items_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第三方平台搜索AE商品 — calls TOP method `aliexpress.usergrowth.search.items.get`.
 *
 * 第三方平台的搜索服务 获取AE商品list
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressUsergrowthSearchItemsGet(
  client: TopClient,
  request: AliexpressUsergrowthSearchItemsGetRequest,
  options?: CallOptions,
): Promise<AliexpressUsergrowthSearchItemsGetResponse> {
  return client.call<AliexpressUsergrowthSearchItemsGetResponse>(
    {
      method: 'aliexpress.usergrowth.search.items.get',
      responseRoot: 'aliexpress_usergrowth_search_items_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
