// Generated from specs/alihouse/alibaba.alihouse.category.control.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.category.control.query` (类目权限查询). */
export interface AlibabaAlihouseCategoryControlQueryRequest {
  /** dto */
  category_control_dto: AlibabaAlihouseCategoryControlQueryCategoryControlDTOInput;
}

/** Response of `alibaba.alihouse.category.control.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseCategoryControlQueryResponse {
  /** code */
  return_code?: string;
  /** data */
  data?: AlibabaAlihouseCategoryControlQueryCategoryControlDTO[];
  /** success */
  return_success?: boolean;
  /** message */
  return_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CategoryControlDTO` of `alibaba.alihouse.category.control.query`. */
export interface AlibabaAlihouseCategoryControlQueryCategoryControlDTOInput {
  /** 外部id列表 */
  outer_target_ids?: string[];
  /** 是否测试 */
  is_test: Int64Input;
  /** 类型 */
  target_type: Int64Input;
}

/** `CategoryControlDTO` of `alibaba.alihouse.category.control.query`. */
export interface AlibabaAlihouseCategoryControlQueryCategoryControlDTO {
  /** 外部id */
  outer_target_id?: string;
  /** 类型 */
  target_type?: Int64;
  /** 二级类目列表 */
  second_category?: Int64[];
  /** 三级类目列表 */
  third_category?: Int64[];
}

const REQUEST_SCHEMA = {
  category_control_dto: {
    outer_target_ids: ['String'],
    is_test: 'Number',
    target_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  data: [
    {
      outer_target_id: 'String',
      target_type: 'Number',
      second_category: ['Number'],
      third_category: ['Number'],
    },
  ],
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.category.control.query`: method, response root, request and response schemas. */
export const alibabaAlihouseCategoryControlQueryOperation = {
  method: 'alibaba.alihouse.category.control.query',
  responseRoot: 'alibaba_alihouse_category_control_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 类目权限查询 — calls TOP method `alibaba.alihouse.category.control.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseCategoryControlQuery(
  client: TopClient,
  request: AlibabaAlihouseCategoryControlQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseCategoryControlQueryResponse> {
  return client.call<AlibabaAlihouseCategoryControlQueryResponse>(
    {
      method: 'alibaba.alihouse.category.control.query',
      responseRoot: 'alibaba_alihouse_category_control_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
