// Generated from specs/tbitem/tmall.product.match.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.match.schema.get` (获取匹配产品规则). */
export interface TmallProductMatchSchemaGetRequest {
  /** 商品发布的目标类目，必须是叶子类目 */
  category_id: Int64Input;
}

/** Response of `tmall.product.match.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductMatchSchemaGetResponse {
  /** 返回匹配product的规则文档 */
  match_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  match_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.match.schema.get`: method, response root, request and response schemas. */
export const tmallProductMatchSchemaGetOperation = {
  method: 'tmall.product.match.schema.get',
  responseRoot: 'tmall_product_match_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取匹配产品规则 — calls TOP method `tmall.product.match.schema.get`.
 *
 * ISV发布商品前，需要先查找到产品ID，这个接口返回查找产品规则入参规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductMatchSchemaGet(
  client: TopClient,
  request: TmallProductMatchSchemaGetRequest,
  options?: CallOptions,
): Promise<TmallProductMatchSchemaGetResponse> {
  return client.call<TmallProductMatchSchemaGetResponse>(
    {
      method: 'tmall.product.match.schema.get',
      responseRoot: 'tmall_product_match_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
