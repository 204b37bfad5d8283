// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.product.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.product.search` (查询商品api). */
export interface AlibabaAlihealthTracecodesellerProductSearchRequest {
  /** 身份认证 */
  skey_code: string;
  /** 商家id */
  ent_info_id: Int64Input;
  /** 页数 */
  page: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.tracecodeseller.product.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerProductSearchResponse {
  /** result */
  result?: AlibabaAlihealthTracecodesellerProductSearchTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.tracecodeseller.product.search`. */
export interface AlibabaAlihealthTracecodesellerProductSearchTopResultModel {
  /** model */
  model?: AlibabaAlihealthTracecodesellerProductSearchPageInfo;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
}

/** `PageInfo` of `alibaba.alihealth.tracecodeseller.product.search`. */
export interface AlibabaAlihealthTracecodesellerProductSearchPageInfo {
  /** totalNum */
  total_num?: Int64;
  /** result */
  results?: AlibabaAlihealthTracecodesellerProductSearchResult[];
  /** page */
  page?: Int64;
  /** pageSize */
  page_size?: Int64;
}

/** `Result` of `alibaba.alihealth.tracecodeseller.product.search`. */
export interface AlibabaAlihealthTracecodesellerProductSearchResult {
  /** 商品备注 */
  remark?: string;
  /** productTracInfoId */
  product_trac_info_id?: Int64;
  /** 商品名称 */
  product_name?: string;
}

const REQUEST_SCHEMA = {
  skey_code: 'String',
  ent_info_id: 'Number',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      results: [
        {
          remark: 'String',
          product_trac_info_id: 'Number',
          product_name: 'String',
        },
      ],
      page: 'Number',
      page_size: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.product.search`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerProductSearchOperation = {
  method: 'alibaba.alihealth.tracecodeseller.product.search',
  responseRoot: 'alibaba_alihealth_tracecodeseller_product_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品api — calls TOP method `alibaba.alihealth.tracecodeseller.product.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerProductSearch(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerProductSearchRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerProductSearchResponse> {
  return client.call<AlibabaAlihealthTracecodesellerProductSearchResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.product.search',
      responseRoot: 'alibaba_alihealth_tracecodeseller_product_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
