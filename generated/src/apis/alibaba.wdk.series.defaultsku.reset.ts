// Generated from specs/wdk/alibaba.wdk.series.defaultsku.reset.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.series.defaultsku.reset` (系列品商品变更-重置默认商品). */
export interface AlibabaWdkSeriesDefaultskuResetRequest {
  /** 系列品重置默认商品请求 */
  series_sku: AlibabaWdkSeriesDefaultskuResetSeriesSkuRequestInput;
}

/** Response of `alibaba.wdk.series.defaultsku.reset`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSeriesDefaultskuResetResponse {
  /** 调用结果 */
  api_result?: AlibabaWdkSeriesDefaultskuResetApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SeriesSkuRequest` of `alibaba.wdk.series.defaultsku.reset`. */
export interface AlibabaWdkSeriesDefaultskuResetSeriesSkuRequestInput {
  /** 系列编码 */
  series_id: Int64Input;
  /** 默认商品编码 */
  default_sku_code: string;
  /** 需要移除默认商品 */
  remove_default_sku?: boolean;
}

/** `ApiResult` of `alibaba.wdk.series.defaultsku.reset`. */
export interface AlibabaWdkSeriesDefaultskuResetApiResult {
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
  series_sku: {
    series_id: 'Number',
    default_sku_code: 'String',
    remove_default_sku: 'Boolean',
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

/** Static description of `alibaba.wdk.series.defaultsku.reset`: method, response root, request and response schemas. */
export const alibabaWdkSeriesDefaultskuResetOperation = {
  method: 'alibaba.wdk.series.defaultsku.reset',
  responseRoot: 'alibaba_wdk_series_defaultsku_reset_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系列品商品变更-重置默认商品 — calls TOP method `alibaba.wdk.series.defaultsku.reset`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSeriesDefaultskuReset(
  client: TopClient,
  request: AlibabaWdkSeriesDefaultskuResetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSeriesDefaultskuResetResponse> {
  return client.call<AlibabaWdkSeriesDefaultskuResetResponse>(
    {
      method: 'alibaba.wdk.series.defaultsku.reset',
      responseRoot: 'alibaba_wdk_series_defaultsku_reset_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
