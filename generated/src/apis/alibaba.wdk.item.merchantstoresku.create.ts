// Generated from specs/wdkitem/alibaba.wdk.item.merchantstoresku.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.merchantstoresku.create` (门店商品信息新建). */
export interface AlibabaWdkItemMerchantstoreskuCreateRequest {
  /** 门店编码 */
  store_id: string;
  /** 商品编码 */
  sku_code: string;
  /** 新建参数，是个json字符串 */
  params: string;
  /** 机构 */
  org_code: string;
}

/** Response of `alibaba.wdk.item.merchantstoresku.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemMerchantstoreskuCreateResponse {
  /** result */
  result?: AlibabaWdkItemMerchantstoreskuCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.merchantstoresku.create`. */
export interface AlibabaWdkItemMerchantstoreskuCreateResult {
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
  org_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    error_code: 'String',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.merchantstoresku.create`: method, response root, request and response schemas. */
export const alibabaWdkItemMerchantstoreskuCreateOperation = {
  method: 'alibaba.wdk.item.merchantstoresku.create',
  responseRoot: 'alibaba_wdk_item_merchantstoresku_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店商品信息新建 — calls TOP method `alibaba.wdk.item.merchantstoresku.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemMerchantstoreskuCreate(
  client: TopClient,
  request: AlibabaWdkItemMerchantstoreskuCreateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemMerchantstoreskuCreateResponse> {
  return client.call<AlibabaWdkItemMerchantstoreskuCreateResponse>(
    {
      method: 'alibaba.wdk.item.merchantstoresku.create',
      responseRoot: 'alibaba_wdk_item_merchantstoresku_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
