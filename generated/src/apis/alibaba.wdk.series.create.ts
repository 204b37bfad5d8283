// Generated from specs/wdk/alibaba.wdk.series.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.series.create` (系列品变更-新增系列). */
export interface AlibabaWdkSeriesCreateRequest {
  /** 系列品创建系列请求 */
  series: AlibabaWdkSeriesCreateSkuSeriesCreateRequestInput;
}

/** Response of `alibaba.wdk.series.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSeriesCreateResponse {
  /** 调用结果 */
  api_result?: AlibabaWdkSeriesCreateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuSeriesCreateRequest` of `alibaba.wdk.series.create`. */
export interface AlibabaWdkSeriesCreateSkuSeriesCreateRequestInput {
  /** 系列品描述 */
  series_desc: string;
  /** 系列品名称 */
  series_name: string;
  /** 行业类型 */
  industry_type: string;
  /** 类目id */
  category_id?: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.series.create`. */
export interface AlibabaWdkSeriesCreateApiResult {
  /** 错误码 */
  err_code?: string;
  /** 商品系列创建结果 */
  model?: AlibabaWdkSeriesCreateSkuSeriesCreateResult;
  /** 错误详情 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `SkuSeriesCreateResult` of `alibaba.wdk.series.create`. */
export interface AlibabaWdkSeriesCreateSkuSeriesCreateResult {
  /** 系列编码 */
  series_id?: Int64;
}

const REQUEST_SCHEMA = {
  series: {
    series_desc: 'String',
    series_name: 'String',
    industry_type: 'String',
    category_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_code: 'String',
    model: {
      series_id: 'Number',
    },
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.series.create`: method, response root, request and response schemas. */
export const alibabaWdkSeriesCreateOperation = {
  method: 'alibaba.wdk.series.create',
  responseRoot: 'alibaba_wdk_series_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系列品变更-新增系列 — calls TOP method `alibaba.wdk.series.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSeriesCreate(
  client: TopClient,
  request: AlibabaWdkSeriesCreateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSeriesCreateResponse> {
  return client.call<AlibabaWdkSeriesCreateResponse>(
    {
      method: 'alibaba.wdk.series.create',
      responseRoot: 'alibaba_wdk_series_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
