// Generated from specs/wdk/alibaba.wdk.marketing.open.heartbeat.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.open.heartbeat` (心跳服务【10s一次】). */
export interface AlibabaWdkMarketingOpenHeartbeatRequest {
  /** 心跳信息 */
  heart_beat: AlibabaWdkMarketingOpenHeartbeatHeartBeatBoInput;
}

/** Response of `alibaba.wdk.marketing.open.heartbeat`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingOpenHeartbeatResponse {
  /** 结果信息 */
  result?: AlibabaWdkMarketingOpenHeartbeatWdkMarketOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HeartBeatBo` of `alibaba.wdk.marketing.open.heartbeat`. */
export interface AlibabaWdkMarketingOpenHeartbeatHeartBeatBoInput {
  /** 当前版本信息 */
  version_id: Int64Input;
  /** MARKET-营销，ITEM-商品 */
  biz_code?: string;
}

/** `WdkMarketOpenResult` of `alibaba.wdk.marketing.open.heartbeat`. */
export interface AlibabaWdkMarketingOpenHeartbeatWdkMarketOpenResult {
  /** 错误编码 */
  err_code?: string;
  /** true--成功 */
  success?: boolean;
  /** 错误描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  heart_beat: {
    version_id: 'Number',
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.open.heartbeat`: method, response root, request and response schemas. */
export const alibabaWdkMarketingOpenHeartbeatOperation = {
  method: 'alibaba.wdk.marketing.open.heartbeat',
  responseRoot: 'alibaba_wdk_marketing_open_heartbeat_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 心跳服务【10s一次】 — calls TOP method `alibaba.wdk.marketing.open.heartbeat`.
 *
 * 商家数据同步心跳服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingOpenHeartbeat(
  client: TopClient,
  request: AlibabaWdkMarketingOpenHeartbeatRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingOpenHeartbeatResponse> {
  return client.call<AlibabaWdkMarketingOpenHeartbeatResponse>(
    {
      method: 'alibaba.wdk.marketing.open.heartbeat',
      responseRoot: 'alibaba_wdk_marketing_open_heartbeat_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
