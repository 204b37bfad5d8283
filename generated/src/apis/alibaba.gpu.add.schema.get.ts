// Generated from specs/product/alibaba.gpu.add.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.gpu.add.schema.get` (获取产品发布规则接口). */
export interface AlibabaGpuAddSchemaGetRequest {
  /** 叶子类目ID */
  leaf_cat_id: Int64Input;
  /** 品牌ID */
  brand_id?: Int64Input;
  /** 当前用户所在渠道如0代表天猫，8代表淘宝 */
  provider_id: Int64Input;
}

/** Response of `alibaba.gpu.add.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaGpuAddSchemaGetResponse {
  /** 返回产品发布规则 */
  add_product_rule?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  leaf_cat_id: 'Number',
  brand_id: 'Number',
  provider_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  add_product_rule: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.gpu.add.schema.get`: method, response root, request and response schemas. */
export const alibabaGpuAddSchemaGetOperation = {
  method: 'alibaba.gpu.add.schema.get',
  responseRoot: 'alibaba_gpu_add_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取产品发布规则接口 — calls TOP method `alibaba.gpu.add.schema.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaGpuAddSchemaGet(
  client: TopClient,
  request: AlibabaGpuAddSchemaGetRequest,
  options?: CallOptions,
): Promise<AlibabaGpuAddSchemaGetResponse> {
  return client.call<AlibabaGpuAddSchemaGetResponse>(
    {
      method: 'alibaba.gpu.add.schema.get',
      responseRoot: 'alibaba_gpu_add_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
