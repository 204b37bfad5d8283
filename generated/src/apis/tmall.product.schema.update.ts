// Generated from specs/tbitem/tmall.product.schema.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.schema.update` (产品更新接口). */
export interface TmallProductSchemaUpdateRequest {
  /** 产品编号 */
  product_id: Int64Input;
  /** 根据tmall.product.update.schema.get生成的产品更新规则入参数据 */
  xml_data: string;
}

/** Response of `tmall.product.schema.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSchemaUpdateResponse {
  /** 产品数据，格式和入参xml_data一致，仅包含产品ID和更新时间 */
  update_product_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  xml_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_product_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.schema.update`: method, response root, request and response schemas. */
export const tmallProductSchemaUpdateOperation = {
  method: 'tmall.product.schema.update',
  responseRoot: 'tmall_product_schema_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品更新接口 — calls TOP method `tmall.product.schema.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSchemaUpdate(
  client: TopClient,
  request: TmallProductSchemaUpdateRequest,
  options?: CallOptions,
): Promise<TmallProductSchemaUpdateResponse> {
  return client.call<TmallProductSchemaUpdateResponse>(
    {
      method: 'tmall.product.schema.update',
      responseRoot: 'tmall_product_schema_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
