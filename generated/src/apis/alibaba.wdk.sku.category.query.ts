// Generated from specs/wdk/alibaba.wdk.sku.category.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.category.query` (商家类目获取接口). */
export interface AlibabaWdkSkuCategoryQueryRequest {
  /** 查询类目请模型 */
  param: AlibabaWdkSkuCategoryQueryCategoryDoInput;
}

/** Response of `alibaba.wdk.sku.category.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuCategoryQueryResponse {
  /** 调用结果 */
  result?: AlibabaWdkSkuCategoryQueryApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CategoryDo` of `alibaba.wdk.sku.category.query`. */
export interface AlibabaWdkSkuCategoryQueryCategoryDoInput {
  /** 类目编码 */
  code?: string;
}

/** `ApiResult` of `alibaba.wdk.sku.category.query`. */
export interface AlibabaWdkSkuCategoryQueryApiResult {
  /** 接口返回成功标志 */
  success?: boolean;
  /** 错误码（只有有异常才有值） */
  err_code?: string;
  /** 错误信息（只有有异常才有值） */
  err_msg?: string;
  /** 返回业务参数模型，-1状态的为删除的类目 */
  model?: string;
}

const REQUEST_SCHEMA = {
  param: {
    code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.category.query`: method, response root, request and response schemas. */
export const alibabaWdkSkuCategoryQueryOperation = {
  method: 'alibaba.wdk.sku.category.query',
  responseRoot: 'alibaba_wdk_sku_category_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家类目获取接口 — calls TOP method `alibaba.wdk.sku.category.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuCategoryQuery(
  client: TopClient,
  request: AlibabaWdkSkuCategoryQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuCategoryQueryResponse> {
  return client.call<AlibabaWdkSkuCategoryQueryResponse>(
    {
      method: 'alibaba.wdk.sku.category.query',
      responseRoot: 'alibaba_wdk_sku_category_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
