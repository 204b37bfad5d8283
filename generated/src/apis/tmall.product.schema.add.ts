// Generated from specs/tbitem/tmall.product.schema.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.schema.add` (使用Schema文件发布一个产品). */
export interface TmallProductSchemaAddRequest {
  /** 商品发布的目标类目，必须是叶子类目 */
  category_id: Int64Input;
  /** 品牌ID */
  brand_id?: Int64Input;
  /** 根据tmall.product.add.schema.get生成的产品发布规则入参数据 */
  xml_data: string;
}

/** Response of `tmall.product.schema.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSchemaAddResponse {
  /** 新发产品结果 */
  add_product_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  brand_id: 'Number',
  xml_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  add_product_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.schema.add`: method, response root, request and response schemas. */
export const tmallProductSchemaAddOperation = {
  method: 'tmall.product.schema.add',
  responseRoot: 'tmall_product_schema_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 使用Schema文件发布一个产品 — calls TOP method `tmall.product.schema.add`.
 *
 * Schema体系发布一个产品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSchemaAdd(
  client: TopClient,
  request: TmallProductSchemaAddRequest,
  options?: CallOptions,
): Promise<TmallProductSchemaAddResponse> {
  return client.call<TmallProductSchemaAddResponse>(
    {
      method: 'tmall.product.schema.add',
      responseRoot: 'tmall_product_schema_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
