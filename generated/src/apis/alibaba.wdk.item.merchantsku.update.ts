// Generated from specs/wdkitem/alibaba.wdk.item.merchantsku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.merchantsku.update` (商家商品修改). */
export interface AlibabaWdkItemMerchantskuUpdateRequest {
  /** 商品编码 */
  sku_code: string;
  /** 参数json */
  params: string;
  /** 机构编码 */
  org_code: string;
}

/** Response of `alibaba.wdk.item.merchantsku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemMerchantskuUpdateResponse {
  /** result */
  result?: AlibabaWdkItemMerchantskuUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.merchantsku.update`. */
export interface AlibabaWdkItemMerchantskuUpdateResult {
  /** success */
  success?: boolean;
  /** code */
  code?: string;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
  /** result */
  result?: string;
}

const REQUEST_SCHEMA = {
  sku_code: 'String',
  params: 'String',
  org_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    error_code: 'String',
    error_desc: 'String',
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.merchantsku.update`: method, response root, request and response schemas. */
export const alibabaWdkItemMerchantskuUpdateOperation = {
  method: 'alibaba.wdk.item.merchantsku.update',
  responseRoot: 'alibaba_wdk_item_merchantsku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家商品修改 — calls TOP method `alibaba.wdk.item.merchantsku.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemMerchantskuUpdate(
  client: TopClient,
  request: AlibabaWdkItemMerchantskuUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemMerchantskuUpdateResponse> {
  return client.call<AlibabaWdkItemMerchantskuUpdateResponse>(
    {
      method: 'alibaba.wdk.item.merchantsku.update',
      responseRoot: 'alibaba_wdk_item_merchantsku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
