// Generated from specs/wdk/alibaba.wdk.item.category.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.category.update` (修改类目). */
export interface AlibabaWdkItemCategoryUpdateRequest {
  /** 入参 */
  bean: AlibabaWdkItemCategoryUpdateUpdateCategoryRequestBeanInput;
}

/** Response of `alibaba.wdk.item.category.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemCategoryUpdateResponse {
  /** result */
  result?: AlibabaWdkItemCategoryUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateCategoryRequestBean` of `alibaba.wdk.item.category.update`. */
export interface AlibabaWdkItemCategoryUpdateUpdateCategoryRequestBeanInput {
  /** 机构编码 */
  org_code: string;
  /** 商品编码 */
  sku_code: string;
  /** forest类目ID */
  forest_id?: string;
  /** 盒马 后台类目 */
  back_cat_code?: string;
}

/** `Result` of `alibaba.wdk.item.category.update`. */
export interface AlibabaWdkItemCategoryUpdateResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
}

const REQUEST_SCHEMA = {
  bean: {
    org_code: 'String',
    sku_code: 'String',
    forest_id: 'String',
    back_cat_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.category.update`: method, response root, request and response schemas. */
export const alibabaWdkItemCategoryUpdateOperation = {
  method: 'alibaba.wdk.item.category.update',
  responseRoot: 'alibaba_wdk_item_category_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改类目 — calls TOP method `alibaba.wdk.item.category.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemCategoryUpdate(
  client: TopClient,
  request: AlibabaWdkItemCategoryUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemCategoryUpdateResponse> {
  return client.call<AlibabaWdkItemCategoryUpdateResponse>(
    {
      method: 'alibaba.wdk.item.category.update',
      responseRoot: 'alibaba_wdk_item_category_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
