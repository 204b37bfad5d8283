// Generated from specs/wdk/alibaba.wdk.series.sort.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.series.sort` (系列品-商品排序). */
export interface AlibabaWdkSeriesSortRequest {
  /** 自定义排序请求 */
  sort?: AlibabaWdkSeriesSortSeriesSortRequestInput;
}

/** Response of `alibaba.wdk.series.sort`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSeriesSortResponse {
  /** 调用结果 */
  api_result?: AlibabaWdkSeriesSortApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SeriesSortRequest` of `alibaba.wdk.series.sort`. */
export interface AlibabaWdkSeriesSortSeriesSortRequestInput {
  /** 系列编码 */
  series_id?: Int64Input;
  /** 有序行业属性对：行业属性key，属性值 */
  industry_attr_list?: string;
  /** 行业类型 */
  industry_type?: string;
}

/** `ApiResult` of `alibaba.wdk.series.sort`. */
export interface AlibabaWdkSeriesSortApiResult {
  /** 错误码 */
  err_code?: string;
  /** 系列品重置默认商品成功结果 */
  model?: boolean;
  /** 错误详情 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  sort: {
    series_id: 'Number',
    industry_attr_list: 'String',
    industry_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_code: 'String',
    model: 'Boolean',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.series.sort`: method, response root, request and response schemas. */
export const alibabaWdkSeriesSortOperation = {
  method: 'alibaba.wdk.series.sort',
  responseRoot: 'alibaba_wdk_series_sort_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系列品-商品排序 — calls TOP method `alibaba.wdk.series.sort`.
 *
 * 系列品商品变更-商品排序
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSeriesSort(
  client: TopClient,
  request: AlibabaWdkSeriesSortRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSeriesSortResponse> {
  return client.call<AlibabaWdkSeriesSortResponse>(
    {
      method: 'alibaba.wdk.series.sort',
      responseRoot: 'alibaba_wdk_series_sort_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
