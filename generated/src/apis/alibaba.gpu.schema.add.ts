// Generated from specs/product/alibaba.gpu.schema.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.gpu.schema.add` (使用schema文件发布产品). */
export interface AlibabaGpuSchemaAddRequest {
  /** 叶子类目ID */
  leaf_cat_id: Int64Input;
  /** 品牌ID */
  brand_id?: Int64Input;
  /** 根据alibaba.gpu.add.schema.get获取的规则提交上来的schema */
  schema_xml_fields: string;
  /** 当前用户所在渠道如0代表天猫，8代表淘宝 */
  provider_id: Int64Input;
}

/** Response of `alibaba.gpu.schema.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaGpuSchemaAddResponse {
  /** 产品发布的结果 */
  add_product_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  leaf_cat_id: 'Number',
  brand_id: 'Number',
  schema_xml_fields: 'String',
  provider_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  add_product_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.gpu.schema.add`: method, response root, request and response schemas. */
export const alibabaGpuSchemaAddOperation = {
  method: 'alibaba.gpu.schema.add',
  responseRoot: 'alibaba_gpu_schema_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 使用schema文件发布产品 — calls TOP method `alibaba.gpu.schema.add`.
 *
 * 使用Schema文件发布一个产品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaGpuSchemaAdd(
  client: TopClient,
  request: AlibabaGpuSchemaAddRequest,
  options?: CallOptions,
): Promise<AlibabaGpuSchemaAddResponse> {
  return client.call<AlibabaGpuSchemaAddResponse>(
    {
      method: 'alibaba.gpu.schema.add',
      responseRoot: 'alibaba_gpu_schema_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
