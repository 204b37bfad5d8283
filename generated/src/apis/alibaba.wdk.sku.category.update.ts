// Generated from specs/wdk/alibaba.wdk.sku.category.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.category.update` (商家类目修改接口). */
export interface AlibabaWdkSkuCategoryUpdateRequest {
  /** 更新请求模型 */
  param: AlibabaWdkSkuCategoryUpdateCategoryDoInput;
}

/** Response of `alibaba.wdk.sku.category.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuCategoryUpdateResponse {
  /** 调用结果 */
  result?: AlibabaWdkSkuCategoryUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CategoryDo` of `alibaba.wdk.sku.category.update`. */
export interface AlibabaWdkSkuCategoryUpdateCategoryDoInput {
  /** 类目编码 */
  code: string;
  /** 类目名称 */
  name?: string;
  /** 状态（0:正常;1:禁用，禁用后已有的商品不影响，不能新建新商品） */
  status?: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.sku.category.update`. */
export interface AlibabaWdkSkuCategoryUpdateApiResult {
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
    name: 'String',
    status: 'Number',
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

/** Static description of `alibaba.wdk.sku.category.update`: method, response root, request and response schemas. */
export const alibabaWdkSkuCategoryUpdateOperation = {
  method: 'alibaba.wdk.sku.category.update',
  responseRoot: 'alibaba_wdk_sku_category_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家类目修改接口 — calls TOP method `alibaba.wdk.sku.category.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuCategoryUpdate(
  client: TopClient,
  request: AlibabaWdkSkuCategoryUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuCategoryUpdateResponse> {
  return client.call<AlibabaWdkSkuCategoryUpdateResponse>(
    {
      method: 'alibaba.wdk.sku.category.update',
      responseRoot: 'alibaba_wdk_sku_category_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
