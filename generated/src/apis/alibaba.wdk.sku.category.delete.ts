// Generated from specs/wdk/alibaba.wdk.sku.category.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.category.delete` (商家类目删除接口). */
export interface AlibabaWdkSkuCategoryDeleteRequest {
  /** 类目删除请求模型 */
  param: AlibabaWdkSkuCategoryDeleteCategoryDoInput;
}

/** Response of `alibaba.wdk.sku.category.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuCategoryDeleteResponse {
  /** 调用结果 */
  result?: AlibabaWdkSkuCategoryDeleteApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CategoryDo` of `alibaba.wdk.sku.category.delete`. */
export interface AlibabaWdkSkuCategoryDeleteCategoryDoInput {
  /** 类目编码（只能删除叶子类目） */
  code: string;
}

/** `ApiResult` of `alibaba.wdk.sku.category.delete`. */
export interface AlibabaWdkSkuCategoryDeleteApiResult {
  /** 接口返回成功标志 */
  success?: boolean;
  /** 错误码（只有有异常才有值） */
  err_code?: string;
  /** 错误信息（只有有异常才有值） */
  err_msg?: string;
  /** 调用成功时的返回类目code */
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

/** Static description of `alibaba.wdk.sku.category.delete`: method, response root, request and response schemas. */
export const alibabaWdkSkuCategoryDeleteOperation = {
  method: 'alibaba.wdk.sku.category.delete',
  responseRoot: 'alibaba_wdk_sku_category_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家类目删除接口 — calls TOP method `alibaba.wdk.sku.category.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuCategoryDelete(
  client: TopClient,
  request: AlibabaWdkSkuCategoryDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuCategoryDeleteResponse> {
  return client.call<AlibabaWdkSkuCategoryDeleteResponse>(
    {
      method: 'alibaba.wdk.sku.category.delete',
      responseRoot: 'alibaba_wdk_sku_category_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
