// Generated from specs/wdk/alibaba.wdk.marketing.open.version.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.open.version.apply` (数据同步版本号申请). */
export interface AlibabaWdkMarketingOpenVersionApplyRequest {
  /** 同步版本信息 */
  sync_version: AlibabaWdkMarketingOpenVersionApplySyncVersionBoInput;
}

/** Response of `alibaba.wdk.marketing.open.version.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingOpenVersionApplyResponse {
  /** 版本号申请结果 */
  result?: AlibabaWdkMarketingOpenVersionApplyWdkMarketOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncVersionBo` of `alibaba.wdk.marketing.open.version.apply`. */
export interface AlibabaWdkMarketingOpenVersionApplySyncVersionBoInput {
  /** 外部唯一ID */
  out_unique_id: string;
  /** 数据周期结束时间 */
  range_end_time: Int64Input;
  /** 数据周期开始时间 */
  range_start_time: Int64Input;
  /** 同步数据总数 */
  total_count: Int64Input;
  /** 同步的数据表名称 */
  table_name: string;
  /** 操作ID */
  operate_id: string;
  /** WDK_MARKET--营销数据 */
  biz_code: string;
}

/** `WdkMarketOpenResult` of `alibaba.wdk.marketing.open.version.apply`. */
export interface AlibabaWdkMarketingOpenVersionApplyWdkMarketOpenResult {
  /** 错误编码 */
  error_code?: string;
  /** 发布结果 */
  success?: boolean;
  /** 错误描述 */
  message?: string;
  /** 版本信息 */
  data?: AlibabaWdkMarketingOpenVersionApplySyncVersionBo;
}

/** `SyncVersionBo` of `alibaba.wdk.marketing.open.version.apply`. */
export interface AlibabaWdkMarketingOpenVersionApplySyncVersionBo {
  /** 版本号 */
  version_id?: Int64;
}

const REQUEST_SCHEMA = {
  sync_version: {
    out_unique_id: 'String',
    range_end_time: 'Number',
    range_start_time: 'Number',
    total_count: 'Number',
    table_name: 'String',
    operate_id: 'String',
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    success: 'Boolean',
    message: 'String',
    data: {
      version_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.open.version.apply`: method, response root, request and response schemas. */
export const alibabaWdkMarketingOpenVersionApplyOperation = {
  method: 'alibaba.wdk.marketing.open.version.apply',
  responseRoot: 'alibaba_wdk_marketing_open_version_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 数据同步版本号申请 — calls TOP method `alibaba.wdk.marketing.open.version.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingOpenVersionApply(
  client: TopClient,
  request: AlibabaWdkMarketingOpenVersionApplyRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingOpenVersionApplyResponse> {
  return client.call<AlibabaWdkMarketingOpenVersionApplyResponse>(
    {
      method: 'alibaba.wdk.marketing.open.version.apply',
      responseRoot: 'alibaba_wdk_marketing_open_version_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
