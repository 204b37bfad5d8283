// Generated from specs/icbu/alibaba.icbu.category.id.mapping.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.category.id.mapping` (新旧属性的映射). */
export interface AlibabaIcbuCategoryIdMappingRequest {
  /** 发布类目id */
  cat_id: Int64Input;
  /** 属性值id */
  attribute_value_id?: Int64Input;
  /** 属性id */
  attribute_id?: Int64Input;
  /** 转化类型, 1 = 转化类目id 2= 转化属性id 3= 转化属性值id */
  convert_type?: Int64Input;
}

/** Response of `alibaba.icbu.category.id.mapping`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuCategoryIdMappingResponse {
  /** 转化的类目id */
  mapping_result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
  attribute_value_id: 'Number',
  attribute_id: 'Number',
  convert_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mapping_result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.category.id.mapping`: method, response root, request and response schemas. */
export const alibabaIcbuCategoryIdMappingOperation = {
  method: 'alibaba.icbu.category.id.mapping',
  responseRoot: 'alibaba_icbu_category_id_mapping_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新旧属性的映射 — calls TOP method `alibaba.icbu.category.id.mapping`.
 *
 * 商品发布接口升级，需要传入新的类目。这个接口 根据旧的类目id，获取新的类目id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuCategoryIdMapping(
  client: TopClient,
  request: AlibabaIcbuCategoryIdMappingRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuCategoryIdMappingResponse> {
  return client.call<AlibabaIcbuCategoryIdMappingResponse>(
    {
      method: 'alibaba.icbu.category.id.mapping',
      responseRoot: 'alibaba_icbu_category_id_mapping_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
