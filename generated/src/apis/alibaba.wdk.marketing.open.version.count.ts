// Generated from specs/wdk/alibaba.wdk.marketing.open.version.count.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.open.version.count` (版本数量查询). */
export interface AlibabaWdkMarketingOpenVersionCountRequest {
  /** 查询版本号 */
  version_id: Int64Input;
  /** 操作Id */
  operate_id: string;
}

/** Response of `alibaba.wdk.marketing.open.version.count`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingOpenVersionCountResponse {
  /** 查询结果 */
  result?: AlibabaWdkMarketingOpenVersionCountWdkMarketOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkMarketOpenResult` of `alibaba.wdk.marketing.open.version.count`. */
export interface AlibabaWdkMarketingOpenVersionCountWdkMarketOpenResult {
  /** 错误编码 */
  error_code?: string;
  /** 查询结果 */
  success?: boolean;
  /** 错误描述 */
  message?: string;
  /** 版本同步数量 */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  version_id: 'Number',
  operate_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    success: 'Boolean',
    message: 'String',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.open.version.count`: method, response root, request and response schemas. */
export const alibabaWdkMarketingOpenVersionCountOperation = {
  method: 'alibaba.wdk.marketing.open.version.count',
  responseRoot: 'alibaba_wdk_marketing_open_version_count_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 版本数量查询 — calls TOP method `alibaba.wdk.marketing.open.version.count`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingOpenVersionCount(
  client: TopClient,
  request: AlibabaWdkMarketingOpenVersionCountRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingOpenVersionCountResponse> {
  return client.call<AlibabaWdkMarketingOpenVersionCountResponse>(
    {
      method: 'alibaba.wdk.marketing.open.version.count',
      responseRoot: 'alibaba_wdk_marketing_open_version_count_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
