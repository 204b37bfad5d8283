// Generated from specs/icbu/alibaba.icbu.category.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.category.get` (商品发布类目获取). */
export interface AlibabaIcbuCategoryGetRequest {
  /** 发布类目id,必须大于等于0， 如果为0，则查询所有一级类目 */
  cat_id: Int64Input;
}

/** Response of `alibaba.icbu.category.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuCategoryGetResponse {
  /** 类目信息 */
  category?: AlibabaIcbuCategoryGetPostCategory;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PostCategory` of `alibaba.icbu.category.get`. */
export interface AlibabaIcbuCategoryGetPostCategory {
  /** 父类目ID数组 */
  parent_ids?: Int64[];
  /** 类目层级 */
  level?: Int64;
  /** 是否叶子类目（只有叶子类目才能发布商品） */
  leaf_category?: boolean;
  /** 类目名称 */
  name?: string;
  /** 类目ID */
  category_id?: Int64;
  /** 子类目ID数组 */
  child_ids?: Int64[];
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  category: {
    parent_ids: ['Number'],
    level: 'Number',
    leaf_category: 'Boolean',
    name: 'String',
    category_id: 'Number',
    child_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.category.get`: method, response root, request and response schemas. */
export const alibabaIcbuCategoryGetOperation = {
  method: 'alibaba.icbu.category.get',
  responseRoot: 'alibaba_icbu_category_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品发布类目获取 — calls TOP method `alibaba.icbu.category.get`.
 *
 * 获取商品发布类目
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuCategoryGet(
  client: TopClient,
  request: AlibabaIcbuCategoryGetRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuCategoryGetResponse> {
  return client.call<AlibabaIcbuCategoryGetResponse>(
    {
      method: 'alibaba.icbu.category.get',
      responseRoot: 'alibaba_icbu_category_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
