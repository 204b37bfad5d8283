// Generated from specs/wdk/alibaba.wdk.series.sku.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.series.sku.remove` (系列品商品变更-移除商品). */
export interface AlibabaWdkSeriesSkuRemoveRequest {
  /** 系列品移除商品请求 */
  series_skus: AlibabaWdkSeriesSkuRemoveSeriesSkuRequestInput;
}

/** Response of `alibaba.wdk.series.sku.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSeriesSkuRemoveResponse {
  /** 调用结果 */
  api_result?: AlibabaWdkSeriesSkuRemoveApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SeriesSkuRequest` of `alibaba.wdk.series.sku.remove`. */
export interface AlibabaWdkSeriesSkuRemoveSeriesSkuRequestInput {
  /** 系列编码 */
  series_id: Int64Input;
  /** 商品编码集合 */
  sku_codes: string[];
}

/** `ApiResult` of `alibaba.wdk.series.sku.remove`. */
export interface AlibabaWdkSeriesSkuRemoveApiResult {
  /** 错误码 */
  err_code?: string;
  /** 系列品移除商品成功结果 */
  model?: AlibabaWdkSeriesSkuRemoveSkuSeriesEditResult;
  /** 错误详情 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `SkuSeriesEditResult` of `alibaba.wdk.series.sku.remove`. */
export interface AlibabaWdkSeriesSkuRemoveSkuSeriesEditResult {
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

/** Static description of `alibaba.wdk.series.sku.remove`: method, response root, request and response schemas. */
export const alibabaWdkSeriesSkuRemoveOperation = {
  method: 'alibaba.wdk.series.sku.remove',
  responseRoot: 'alibaba_wdk_series_sku_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系列品商品变更-移除商品 — calls TOP method `alibaba.wdk.series.sku.remove`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSeriesSkuRemove(
  client: TopClient,
  request: AlibabaWdkSeriesSkuRemoveRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSeriesSkuRemoveResponse> {
  return client.call<AlibabaWdkSeriesSkuRemoveResponse>(
    {
      method: 'alibaba.wdk.series.sku.remove',
      responseRoot: 'alibaba_wdk_series_sku_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
