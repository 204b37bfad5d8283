// Generated from specs/tbitem/tmall.product.add.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.add.schema.get` (产品发布规则获取接口). */
export interface TmallProductAddSchemaGetRequest {
  /** 商品发布的目标类目，必须是叶子类目 */
  category_id: Int64Input;
  /** 品牌ID */
  brand_id?: Int64Input;
}

/** Response of `tmall.product.add.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductAddSchemaGetResponse {
  /** 返回发布产品的规则文档 */
  add_product_rule?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  brand_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  add_product_rule: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.add.schema.get`: method, response root, request and response schemas. */
export const tmallProductAddSchemaGetOperation = {
  method: 'tmall.product.add.schema.get',
  responseRoot: 'tmall_product_add_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品发布规则获取接口 — calls TOP method `tmall.product.add.schema.get`.
 *
 * 获取用户发布产品的规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductAddSchemaGet(
  client: TopClient,
  request: TmallProductAddSchemaGetRequest,
  options?: CallOptions,
): Promise<TmallProductAddSchemaGetResponse> {
  return client.call<TmallProductAddSchemaGetResponse>(
    {
      method: 'tmall.product.add.schema.get',
      responseRoot: 'tmall_product_add_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
