// Generated from specs/tbitem/tmall.product.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.schema.get` (产品信息获取schema获取). */
export interface TmallProductSchemaGetRequest {
  /** 产品编号 */
  product_id: Int64Input;
}

/** Response of `tmall.product.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSchemaGetResponse {
  /** 产品信息数据。schema形式 */
  get_product_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  get_product_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.schema.get`: method, response root, request and response schemas. */
export const tmallProductSchemaGetOperation = {
  method: 'tmall.product.schema.get',
  responseRoot: 'tmall_product_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品信息获取schema获取 — calls TOP method `tmall.product.schema.get`.
 *
 * 产品信息获取接口schema形式返回
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSchemaGet(
  client: TopClient,
  request: TmallProductSchemaGetRequest,
  options?: CallOptions,
): Promise<TmallProductSchemaGetResponse> {
  return client.call<TmallProductSchemaGetResponse>(
    {
      method: 'tmall.product.schema.get',
      responseRoot: 'tmall_product_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
