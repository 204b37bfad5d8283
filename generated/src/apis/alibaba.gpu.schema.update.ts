// Generated from specs/product/alibaba.gpu.schema.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.gpu.schema.update` (产品更新接口). */
export interface AlibabaGpuSchemaUpdateRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 更新产品提交的schema数据 */
  schema_xml_fields: string;
  /** 当前用户所在渠道如0代表天猫，8代表淘宝 */
  provider_id: Int64Input;
}

/** Response of `alibaba.gpu.schema.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaGpuSchemaUpdateResponse {
  /** 更新产品的结果 */
  update_product_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  schema_xml_fields: 'String',
  provider_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_product_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.gpu.schema.update`: method, response root, request and response schemas. */
export const alibabaGpuSchemaUpdateOperation = {
  method: 'alibaba.gpu.schema.update',
  responseRoot: 'alibaba_gpu_schema_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品更新接口 — calls TOP method `alibaba.gpu.schema.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaGpuSchemaUpdate(
  client: TopClient,
  request: AlibabaGpuSchemaUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaGpuSchemaUpdateResponse> {
  return client.call<AlibabaGpuSchemaUpdateResponse>(
    {
      method: 'alibaba.gpu.schema.update',
      responseRoot: 'alibaba_gpu_schema_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
