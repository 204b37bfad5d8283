// Generated from specs/shop/alibaba.shop.category.all.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.shop.category.all.get` (全部店铺分类信息查询接口). */
export interface AlibabaShopCategoryAllGetRequest {}

/** Response of `alibaba.shop.category.all.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaShopCategoryAllGetResponse {
  /** 分类返回结果 */
  result?: AlibabaShopCategoryAllGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.shop.category.all.get`. */
export interface AlibabaShopCategoryAllGetResult {
  /** 分类总数 */
  total?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 分类对象 */
  module_list?: AlibabaShopCategoryAllGetOpenCategoryDTO[];
  /** 返回错误信息 */
  message?: string;
}

/** `OpenCategoryDTO` of `alibaba.shop.category.all.get`. */
export interface AlibabaShopCategoryAllGetOpenCategoryDTO {
  /** 分类id */
  category_id?: Int64;
  /** 分类名称 */
  category_name?: string;
  /** 分类主图 */
  category_image?: string;
  /** 子分类对象 */
  sub_shop_category_list?: AlibabaShopCategoryAllGetOpenCategoryDto[];
}

/** `OpenCategoryDto` of `alibaba.shop.category.all.get`. */
export interface AlibabaShopCategoryAllGetOpenCategoryDto {
  /** 分类id */
  category_id?: Int64;
  /** 分类名称 */
  category_name?: string;
  /** 分类主图 */
  category_image?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    success: 'Boolean',
    module_list: [
      {
        category_id: 'Number',
        category_name: 'String',
        category_image: 'String',
        sub_shop_category_list: [
          {
            category_id: 'Number',
            category_name: 'String',
            category_image: 'String',
          },
        ],
      },
    ],
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.shop.category.all.get`: method, response root, request and response schemas. */
export const alibabaShopCategoryAllGetOperation = {
  method: 'alibaba.shop.category.all.get',
  responseRoot: 'alibaba_shop_category_all_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全部店铺分类信息查询接口 — calls TOP method `alibaba.shop.category.all.get`.
 *
 * 按照卖家身份查询全部分类信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaShopCategoryAllGet(
  client: TopClient,
  request: AlibabaShopCategoryAllGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaShopCategoryAllGetResponse> {
  return client.call<AlibabaShopCategoryAllGetResponse>(
    {
      method: 'alibaba.shop.category.all.get',
      responseRoot: 'alibaba_shop_category_all_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
