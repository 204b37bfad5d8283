// Generated from specs/wdkitem/alibaba.wdk.item.merchantstoresku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.merchantstoresku.update` (门店商品信息修改). */
export interface AlibabaWdkItemMerchantstoreskuUpdateRequest {
  /** 门店ID */
  store_id: string;
  /** 商品编码 */
  sku_code: string;
  /** 修改参数，是个json字符串 */
  params: string;
}

/** Response of `alibaba.wdk.item.merchantstoresku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemMerchantstoreskuUpdateResponse {
  /** result */
  result?: AlibabaWdkItemMerchantstoreskuUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.merchantstoresku.update`. */
export interface AlibabaWdkItemMerchantstoreskuUpdateResult {
  /** success */
  success?: boolean;
  /** code */
  code?: string;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  sku_code: 'String',
  params: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    error_code: 'String',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.merchantstoresku.update`: method, response root, request and response schemas. */
export const alibabaWdkItemMerchantstoreskuUpdateOperation = {
  method: 'alibaba.wdk.item.merchantstoresku.update',
  responseRoot: 'alibaba_wdk_item_merchantstoresku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店商品信息修改 — calls TOP method `alibaba.wdk.item.merchantstoresku.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemMerchantstoreskuUpdate(
  client: TopClient,
  request: AlibabaWdkItemMerchantstoreskuUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemMerchantstoreskuUpdateResponse> {
  return client.call<AlibabaWdkItemMerchantstoreskuUpdateResponse>(
    {
      method: 'alibaba.wdk.item.merchantstoresku.update',
      responseRoot: 'alibaba_wdk_item_merchantstoresku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
