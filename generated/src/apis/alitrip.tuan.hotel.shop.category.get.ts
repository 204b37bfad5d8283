// Generated from specs/tuanhotel/alitrip.tuan.hotel.shop.category.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tuan.hotel.shop.category.get` (商家店铺类目查询). */
export interface AlitripTuanHotelShopCategoryGetRequest {}

/** Response of `alitrip.tuan.hotel.shop.category.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTuanHotelShopCategoryGetResponse {
  /** 一级类目列表 */
  top_root_shop_category_list?: AlitripTuanHotelShopCategoryGetTopRootShopCategoryVoList[];
  /** code */
  msg_code?: string;
  /** 是否成功 */
  status?: boolean;
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopRootShopCategoryVoList` of `alitrip.tuan.hotel.shop.category.get`. */
export interface AlitripTuanHotelShopCategoryGetTopRootShopCategoryVoList {
  /** 二级类目列表 */
  shop_category_list?: AlitripTuanHotelShopCategoryGetShopCategoryVoList[];
  /** 一级类目名称 */
  category_name?: string;
  /** 一级类目ID */
  category_id?: Int64;
}

/** `ShopCategoryVoList` of `alitrip.tuan.hotel.shop.category.get`. */
export interface AlitripTuanHotelShopCategoryGetShopCategoryVoList {
  /** 二级类目名称 */
  categories_name?: string;
  /** 二级类目ID */
  categories_id?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_root_shop_category_list: [
    {
      shop_category_list: [
        {
          categories_name: 'String',
          categories_id: 'Number',
        },
      ],
      category_name: 'String',
      category_id: 'Number',
    },
  ],
  msg_code: 'String',
  status: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.tuan.hotel.shop.category.get`: method, response root, request and response schemas. */
export const alitripTuanHotelShopCategoryGetOperation = {
  method: 'alitrip.tuan.hotel.shop.category.get',
  responseRoot: 'alitrip_tuan_hotel_shop_category_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家店铺类目查询 — calls TOP method `alitrip.tuan.hotel.shop.category.get`.
 *
 * 查询商家店铺类目信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTuanHotelShopCategoryGet(
  client: TopClient,
  request: AlitripTuanHotelShopCategoryGetRequest = {},
  options?: CallOptions,
): Promise<AlitripTuanHotelShopCategoryGetResponse> {
  return client.call<AlitripTuanHotelShopCategoryGetResponse>(
    {
      method: 'alitrip.tuan.hotel.shop.category.get',
      responseRoot: 'alitrip_tuan_hotel_shop_category_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
