// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.channel.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.channel.search` (查询渠道商api). */
export interface AlibabaAlihealthTracecodesellerChannelSearchRequest {
  /** 身份认证 */
  skey_code: string;
  /** 商家id */
  ent_info_id: Int64Input;
  /** 0 出库 2 入库 */
  out_in_type: Int64Input;
  /** 第几页 */
  page: Int64Input;
  /** 每页几条 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.tracecodeseller.channel.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerChannelSearchResponse {
  /** result */
  result?: AlibabaAlihealthTracecodesellerChannelSearchTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.tracecodeseller.channel.search`. */
export interface AlibabaAlihealthTracecodesellerChannelSearchTopResultModel {
  /** model */
  model?: AlibabaAlihealthTracecodesellerChannelSearchPageInfo;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
}

/** `PageInfo` of `alibaba.alihealth.tracecodeseller.channel.search`. */
export interface AlibabaAlihealthTracecodesellerChannelSearchPageInfo {
  /** totalNum */
  total_num?: Int64;
  /** result */
  results?: AlibabaAlihealthTracecodesellerChannelSearchResult[];
  /** page */
  page?: Int64;
  /** pageSize */
  page_size?: Int64;
}

/** `Result` of `alibaba.alihealth.tracecodeseller.channel.search`. */
export interface AlibabaAlihealthTracecodesellerChannelSearchResult {
  /** 区县 */
  area_desc?: string;
  /** cityDesc */
  city_desc?: string;
  /** userName */
  user_name?: string;
  /** 城市 */
  merchant_id?: string;
  /** 自定义编码 */
  code?: string;
  /** 自定义编码 */
  prov_desc?: string;
}

const REQUEST_SCHEMA = {
  skey_code: 'String',
  ent_info_id: 'Number',
  out_in_type: 'Number',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      results: [
        {
          area_desc: 'String',
          city_desc: 'String',
          user_name: 'String',
          merchant_id: 'String',
          code: 'String',
          prov_desc: 'String',
        },
      ],
      page: 'Number',
      page_size: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.channel.search`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerChannelSearchOperation = {
  method: 'alibaba.alihealth.tracecodeseller.channel.search',
  responseRoot: 'alibaba_alihealth_tracecodeseller_channel_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询渠道商api — calls TOP method `alibaba.alihealth.tracecodeseller.channel.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerChannelSearch(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerChannelSearchRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerChannelSearchResponse> {
  return client.call<AlibabaAlihealthTracecodesellerChannelSearchResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.channel.search',
      responseRoot: 'alibaba_alihealth_tracecodeseller_channel_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
