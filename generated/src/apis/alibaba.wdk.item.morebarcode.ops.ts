// Generated from specs/wdkitem/alibaba.wdk.item.morebarcode.ops.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.morebarcode.ops` (商品一品多码维护操作). */
export interface AlibabaWdkItemMorebarcodeOpsRequest {
  /** bean */
  update_more_bar_code_request_bean: AlibabaWdkItemMorebarcodeOpsUpdateMoreBarCodeRequestBeanInput;
}

/** Response of `alibaba.wdk.item.morebarcode.ops`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemMorebarcodeOpsResponse {
  /** result */
  result?: AlibabaWdkItemMorebarcodeOpsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateMoreBarCodeRequestBean` of `alibaba.wdk.item.morebarcode.ops`. */
export interface AlibabaWdkItemMorebarcodeOpsUpdateMoreBarCodeRequestBeanInput {
  /** 机构编码 */
  org_code: string;
  /** 商品编码 */
  sku_code: string;
  /** list */
  bar_code_bo_list: AlibabaWdkItemMorebarcodeOpsBarcodebolistInput[];
}

/** `Barcodebolist` of `alibaba.wdk.item.morebarcode.ops`. */
export interface AlibabaWdkItemMorebarcodeOpsBarcodebolistInput {
  /** barcode */
  barcode: string;
  /** 规格 */
  spu_spec: string;
}

/** `Result` of `alibaba.wdk.item.morebarcode.ops`. */
export interface AlibabaWdkItemMorebarcodeOpsResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
}

const REQUEST_SCHEMA = {
  update_more_bar_code_request_bean: {
    org_code: 'String',
    sku_code: 'String',
    bar_code_bo_list: [
      {
        barcode: 'String',
        spu_spec: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.morebarcode.ops`: method, response root, request and response schemas. */
export const alibabaWdkItemMorebarcodeOpsOperation = {
  method: 'alibaba.wdk.item.morebarcode.ops',
  responseRoot: 'alibaba_wdk_item_morebarcode_ops_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品一品多码维护操作 — calls TOP method `alibaba.wdk.item.morebarcode.ops`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemMorebarcodeOps(
  client: TopClient,
  request: AlibabaWdkItemMorebarcodeOpsRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemMorebarcodeOpsResponse> {
  return client.call<AlibabaWdkItemMorebarcodeOpsResponse>(
    {
      method: 'alibaba.wdk.item.morebarcode.ops',
      responseRoot: 'alibaba_wdk_item_morebarcode_ops_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
