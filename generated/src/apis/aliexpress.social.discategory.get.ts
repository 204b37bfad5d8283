// Generated from specs/category/aliexpress.social.discategory.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.discategory.get` (展示类目获取接口). */
export interface AliexpressSocialDiscategoryGetRequest {
  /** Locale值，格式为language+"_"+country */
  locale?: string;
}

/** Response of `aliexpress.social.discategory.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialDiscategoryGetResponse {
  /** result */
  result?: AliexpressSocialDiscategoryGetItemPickPagingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPickPagingResult` of `aliexpress.social.discategory.get`. */
export interface AliexpressSocialDiscategoryGetItemPickPagingResult {
  /** result */
  results?: AliexpressSocialDiscategoryGetCategoryDto3[];
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `CategoryDto` of `aliexpress.social.discategory.get`. */
export interface AliexpressSocialDiscategoryGetCategoryDto3 {
  /** 子节点 */
  childrens?: AliexpressSocialDiscategoryGetCategoryDto2[];
  /** 类目名称 */
  category_name?: string;
  /** 类目ID */
  category_id?: string;
}

/** `CategoryDto` of `aliexpress.social.discategory.get`. */
export interface AliexpressSocialDiscategoryGetCategoryDto2 {
  /** 子节点 */
  childrens?: AliexpressSocialDiscategoryGetCategoryDto[];
  /** 类目名称 */
  category_name?: string;
  /** 类目ID */
  category_id?: string;
}

/** `CategoryDto` of `aliexpress.social.discategory.get`. */
export interface AliexpressSocialDiscategoryGetCategoryDto {
  /** 类目名称 */
  category_name?: string;
  /** 类目ID */
  category_id?: string;
}

const REQUEST_SCHEMA = {
  locale: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        childrens: [
          {
            childrens: [
              {
                category_name: 'String',
                category_id: 'String',
              },
            ],
            category_name: 'String',
            category_id: 'String',
          },
        ],
        category_name: 'String',
        category_id: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.discategory.get`: method, response root, request and response schemas. */
export const aliexpressSocialDiscategoryGetOperation = {
  method: 'aliexpress.social.discategory.get',
  responseRoot: 'aliexpress_social_discategory_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 展示类目获取接口 — calls TOP method `aliexpress.social.discategory.get`.
 *
 * AE展示类目获取接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialDiscategoryGet(
  client: TopClient,
  request: AliexpressSocialDiscategoryGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSocialDiscategoryGetResponse> {
  return client.call<AliexpressSocialDiscategoryGetResponse>(
    {
      method: 'aliexpress.social.discategory.get',
      responseRoot: 'aliexpress_social_discategory_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
