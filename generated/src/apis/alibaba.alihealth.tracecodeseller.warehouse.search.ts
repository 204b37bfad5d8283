// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.warehouse.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.warehouse.search` (查询仓库api). */
export interface AlibabaAlihealthTracecodesellerWarehouseSearchRequest {
  /** 身份认证 */
  appkey: string;
  /** 商家id */
  ent_info_id: Int64Input;
  /** 第几页 */
  page: Int64Input;
  /** 每页多少条 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.tracecodeseller.warehouse.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerWarehouseSearchResponse {
  /** result */
  result?: AlibabaAlihealthTracecodesellerWarehouseSearchTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.tracecodeseller.warehouse.search`. */
export interface AlibabaAlihealthTracecodesellerWarehouseSearchTopResultModel {
  /** model */
  model?: AlibabaAlihealthTracecodesellerWarehouseSearchPageInfoDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
}

/** `PageInfoDto` of `alibaba.alihealth.tracecodeseller.warehouse.search`. */
export interface AlibabaAlihealthTracecodesellerWarehouseSearchPageInfoDto {
  /** totalNum */
  total_num?: Int64;
  /** result */
  results?: AlibabaAlihealthTracecodesellerWarehouseSearchResult[];
  /** page */
  page?: Int64;
  /** pageSize */
  page_size?: Int64;
}

/** `Result` of `alibaba.alihealth.tracecodeseller.warehouse.search`. */
export interface AlibabaAlihealthTracecodesellerWarehouseSearchResult {
  /** id */
  id?: Int64;
  /** detail */
  detail?: string;
  /** name */
  name?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  appkey: 'String',
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
          id: 'Number',
          detail: 'String',
          name: 'String',
          code: 'String',
        },
      ],
      page: 'Number',
      page_size: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.warehouse.search`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerWarehouseSearchOperation = {
  method: 'alibaba.alihealth.tracecodeseller.warehouse.search',
  responseRoot: 'alibaba_alihealth_tracecodeseller_warehouse_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询仓库api — calls TOP method `alibaba.alihealth.tracecodeseller.warehouse.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerWarehouseSearch(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerWarehouseSearchRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerWarehouseSearchResponse> {
  return client.call<AlibabaAlihealthTracecodesellerWarehouseSearchResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.warehouse.search',
      responseRoot: 'alibaba_alihealth_tracecodeseller_warehouse_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
