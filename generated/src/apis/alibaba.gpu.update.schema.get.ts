// Generated from specs/product/alibaba.gpu.update.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.gpu.update.schema.get` (获取产品编辑schema规则的接口). */
export interface AlibabaGpuUpdateSchemaGetRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 当前用户所在渠道如0代表天猫，8代表淘宝 */
  provider_id: Int64Input;
}

/** Response of `alibaba.gpu.update.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaGpuUpdateSchemaGetResponse {
  /** 参数产品ID对应的产品更新规则 */
  update_product_rule?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  provider_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_product_rule: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.gpu.update.schema.get`: method, response root, request and response schemas. */
export const alibabaGpuUpdateSchemaGetOperation = {
  method: 'alibaba.gpu.update.schema.get',
  responseRoot: 'alibaba_gpu_update_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取产品编辑schema规则的接口 — calls TOP method `alibaba.gpu.update.schema.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaGpuUpdateSchemaGet(
  client: TopClient,
  request: AlibabaGpuUpdateSchemaGetRequest,
  options?: CallOptions,
): Promise<AlibabaGpuUpdateSchemaGetResponse> {
  return client.call<AlibabaGpuUpdateSchemaGetResponse>(
    {
      method: 'alibaba.gpu.update.schema.get',
      responseRoot: 'alibaba_gpu_update_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
