// Generated from specs/wdk/alibaba.wdk.item.storesku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.storesku.update` (五道口商品中心门店商品修改). */
export interface AlibabaWdkItemStoreskuUpdateRequest {
  /** 盒马门店id */
  store_id: string;
  /** 商品编码 */
  sku_code: string;
  /** 1-可售 0-不可售 */
  sale_flag?: Int64Input;
}

/** Response of `alibaba.wdk.item.storesku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemStoreskuUpdateResponse {
  /** result */
  result?: AlibabaWdkItemStoreskuUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.storesku.update`. */
export interface AlibabaWdkItemStoreskuUpdateResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  sku_code: 'String',
  sale_flag: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.storesku.update`: method, response root, request and response schemas. */
export const alibabaWdkItemStoreskuUpdateOperation = {
  method: 'alibaba.wdk.item.storesku.update',
  responseRoot: 'alibaba_wdk_item_storesku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口商品中心门店商品修改 — calls TOP method `alibaba.wdk.item.storesku.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemStoreskuUpdate(
  client: TopClient,
  request: AlibabaWdkItemStoreskuUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemStoreskuUpdateResponse> {
  return client.call<AlibabaWdkItemStoreskuUpdateResponse>(
    {
      method: 'alibaba.wdk.item.storesku.update',
      responseRoot: 'alibaba_wdk_item_storesku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
