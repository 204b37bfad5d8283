// Generated from specs/tbitem/tmall.product.schema.match.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.schema.match` (product匹配接口). */
export interface TmallProductSchemaMatchRequest {
  /** 商品发布的目标类目，必须是叶子类目 */
  category_id: Int64Input;
  /** 根据tmall.product.match.schema.get获取到的模板，ISV将需要的字段填充好相应的值结果XML。 */
  propvalues: string;
}

/** Response of `tmall.product.schema.match`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSchemaMatchResponse {
  /** 返回匹配产品ID，部分类目可能返回多个产品ID，以逗号分隔。 */
  match_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  propvalues: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  match_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.schema.match`: method, response root, request and response schemas. */
export const tmallProductSchemaMatchOperation = {
  method: 'tmall.product.schema.match',
  responseRoot: 'tmall_product_schema_match_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * product匹配接口 — calls TOP method `tmall.product.schema.match`.
 *
 * 根据tmall.product.match.schema.get获取到的规则，填充相应地的字段值以及类目，匹配符合条件的产品，返回匹配product结果，注意，有可能返回多个产品ID，以逗号分隔（尤其是图书类目）；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSchemaMatch(
  client: TopClient,
  request: TmallProductSchemaMatchRequest,
  options?: CallOptions,
): Promise<TmallProductSchemaMatchResponse> {
  return client.call<TmallProductSchemaMatchResponse>(
    {
      method: 'tmall.product.schema.match',
      responseRoot: 'tmall_product_schema_match_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
