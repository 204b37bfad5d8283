// Generated from specs/product/alibaba.gpu.schema.catsearch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.gpu.schema.catsearch` (按类目查询spu接口). */
export interface AlibabaGpuSchemaCatsearchRequest {
  /** 叶子类目ID */
  leaf_cat_id: Int64Input;
  /** 当前页 */
  current_page: Int64Input;
  /** 每页大小 */
  page_size: Int64Input;
  /** 渠道Id，如0代表天猫，8代表淘宝 */
  provider_id: Int64Input;
}

/** Response of `alibaba.gpu.schema.catsearch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaGpuSchemaCatsearchResponse {
  /** 返回按类目查询spu的schema */
  cat_search_result?: string;
  /** 总记录数 */
  total?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  leaf_cat_id: 'Number',
  current_page: 'Number',
  page_size: 'Number',
  provider_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cat_search_result: 'String',
  total: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.gpu.schema.catsearch`: method, response root, request and response schemas. */
export const alibabaGpuSchemaCatsearchOperation = {
  method: 'alibaba.gpu.schema.catsearch',
  responseRoot: 'alibaba_gpu_schema_catsearch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按类目查询spu接口 — calls TOP method `alibaba.gpu.schema.catsearch`.
 *
 * 按类目查询spu的schema接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaGpuSchemaCatsearch(
  client: TopClient,
  request: AlibabaGpuSchemaCatsearchRequest,
  options?: CallOptions,
): Promise<AlibabaGpuSchemaCatsearchResponse> {
  return client.call<AlibabaGpuSchemaCatsearchResponse>(
    {
      method: 'alibaba.gpu.schema.catsearch',
      responseRoot: 'alibaba_gpu_schema_catsearch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
