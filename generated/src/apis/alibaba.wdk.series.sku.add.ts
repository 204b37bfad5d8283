// Generated from specs/wdk/alibaba.wdk.series.sku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.series.sku.add` (系列品商品变更-添加商品). */
export interface AlibabaWdkSeriesSkuAddRequest {
  /** 系列品添加商品请求 */
  series_skus: AlibabaWdkSeriesSkuAddSeriesSkuRequestInput;
}

/** Response of `alibaba.wdk.series.sku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSeriesSkuAddResponse {
  /** 调用结果 */
  api_result?: AlibabaWdkSeriesSkuAddApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SeriesSkuRequest` of `alibaba.wdk.series.sku.add`. */
export interface AlibabaWdkSeriesSkuAddSeriesSkuRequestInput {
  /** 系列编码 */
  series_id: Int64Input;
  /** 商品编码集合 */
  sku_codes: string[];
  /** 默认商品编码 */
  default_sku_code?: string;
}

/** `ApiResult` of `alibaba.wdk.series.sku.add`. */
export interface AlibabaWdkSeriesSkuAddApiResult {
  /** 错误码 */
  err_code?: string;
  /** 系列品添加商品成功结果 */
  model?: AlibabaWdkSeriesSkuAddSkuSeriesEditResult;
  /** 错误详情 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `SkuSeriesEditResult` of `alibaba.wdk.series.sku.add`. */
export interface AlibabaWdkSeriesSkuAddSkuSeriesEditResult {
  /** 成功的商品编码集 */
  failed_sku_codes?: string[];
  /** 失败的商品编码集 */
  successed_sku_codes?: string[];
  /** 系列编码 */
  series_id?: Int64;
}

const REQUEST_SCHEMA = {
  series_skus: {
    series_id: 'Number',
    sku_codes: ['String'],
    default_sku_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_code: 'String',
    model: {
      failed_sku_codes: ['String'],
      successed_sku_codes: ['String'],
      series_id: 'Number',
    },
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.series.sku.add`: method, response root, request and response schemas. */
export const alibabaWdkSeriesSkuAddOperation = {
  method: 'alibaba.wdk.series.sku.add',
  responseRoot: 'alibaba_wdk_series_sku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系列品商品变更-添加商品 — calls TOP method `alibaba.wdk.series.sku.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSeriesSkuAdd(
  client: TopClient,
  request: AlibabaWdkSeriesSkuAddRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSeriesSkuAddResponse> {
  return client.call<AlibabaWdkSeriesSkuAddResponse>(
    {
      method: 'alibaba.wdk.series.sku.add',
      responseRoot: 'alibaba_wdk_series_sku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
