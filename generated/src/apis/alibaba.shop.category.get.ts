// Generated from specs/shop/alibaba.shop.category.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.shop.category.get` (指定店铺分类信息查询接口). */
export interface AlibabaShopCategoryGetRequest {
  /** 分类id */
  category_id: Int64Input;
}

/** Response of `alibaba.shop.category.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaShopCategoryGetResponse {
  /** 分类返回结果 */
  result?: AlibabaShopCategoryGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.shop.category.get`. */
export interface AlibabaShopCategoryGetResult {
  /** 分类总数 */
  total?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 分类对象 */
  module?: AlibabaShopCategoryGetOpenCategoryDto2;
  /** 返回错误信息 */
  message?: string;
}

/** `OpenCategoryDto` of `alibaba.shop.category.get`. */
export interface AlibabaShopCategoryGetOpenCategoryDto2 {
  /** 分类id */
  category_id?: Int64;
  /** 分类名称 */
  category_name?: string;
  /** 分类主图 */
  category_image?: string;
  /** 子分类对象 */
  sub_shop_category_list?: AlibabaShopCategoryGetOpenCategoryDto[];
}

/** `OpenCategoryDto` of `alibaba.shop.category.get`. */
export interface AlibabaShopCategoryGetOpenCategoryDto {
  /** 分类id */
  category_id?: Int64;
  /** 分类名称 */
  category_name?: string;
  /** 分类主图 */
  category_image?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    success: 'Boolean',
    module: {
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
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.shop.category.get`: method, response root, request and response schemas. */
export const alibabaShopCategoryGetOperation = {
  method: 'alibaba.shop.category.get',
  responseRoot: 'alibaba_shop_category_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 指定店铺分类信息查询接口 — calls TOP method `alibaba.shop.category.get`.
 *
 * 按照卖家身份查询指定分类信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaShopCategoryGet(
  client: TopClient,
  request: AlibabaShopCategoryGetRequest,
  options?: CallOptions,
): Promise<AlibabaShopCategoryGetResponse> {
  return client.call<AlibabaShopCategoryGetResponse>(
    {
      method: 'alibaba.shop.category.get',
      responseRoot: 'alibaba_shop_category_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
