// Generated from specs/icbu/alibaba.icbu.category.get.new.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.category.get.new` (（新）ICBU类目树获取接口). */
export interface AlibabaIcbuCategoryGetNewRequest {
  /** 发布类目id,必须大于等于0， 如果为0，则查询所有一级类目 */
  cat_id: Int64Input;
}

/** Response of `alibaba.icbu.category.get.new`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuCategoryGetNewResponse {
  /** 类目信息 */
  category?: AlibabaIcbuCategoryGetNewPostCategory;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PostCategory` of `alibaba.icbu.category.get.new`. */
export interface AlibabaIcbuCategoryGetNewPostCategory {
  /** 类目ID */
  category_id?: Int64;
  /** 子类目ID数组 */
  child_ids?: string[];
  /** 是否叶子类目（只有叶子类目才能发布商品） */
  leaf_category?: boolean;
  /** 类目层级 */
  level?: Int64;
  /** 类目名称 */
  name?: string;
  /** 父类目ID数组 */
  parent_ids?: string[];
  /** 类目的中文名 */
  cn_name?: string;
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  category: {
    category_id: 'Number',
    child_ids: ['String'],
    leaf_category: 'Boolean',
    level: 'Number',
    name: 'String',
    parent_ids: ['String'],
    cn_name: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.category.get.new`: method, response root, request and response schemas. */
export const alibabaIcbuCategoryGetNewOperation = {
  method: 'alibaba.icbu.category.get.new',
  responseRoot: 'alibaba_icbu_category_get_new_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * （新）ICBU类目树获取接口 — calls TOP method `alibaba.icbu.category.get.new`.
 *
 * 获取商品发布类目
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuCategoryGetNew(
  client: TopClient,
  request: AlibabaIcbuCategoryGetNewRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuCategoryGetNewResponse> {
  return client.call<AlibabaIcbuCategoryGetNewResponse>(
    {
      method: 'alibaba.icbu.category.get.new',
      responseRoot: 'alibaba_icbu_category_get_new_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
