// Generated from specs/aiar/alibaba.ai.ar.open.platform.detect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.ai.ar.open.platform.detect` (AR开发者平台marker图片检测服务). */
export interface AlibabaAiArOpenPlatformDetectRequest {
  /** 原始图像数据 */
  img_data?: TopFile;
  /** 最多返回的结果数，默认为1 */
  num?: Int64Input;
  /** 本地已cache的target，多个target间以|||分隔 */
  cached_targets?: string;
  /** map，描述所有设备相关信息，如设备ID，分辨率等 */
  device_info?: string | Record<string, unknown>;
  /** 版本，默认1.0 */
  version?: string;
}

/** Response of `alibaba.ai.ar.open.platform.detect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAiArOpenPlatformDetectResponse {
  /** result */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  img_data: 'byte[]',
  num: 'Number',
  cached_targets: 'String',
  device_info: 'Json',
  version: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ai.ar.open.platform.detect`: method, response root, request and response schemas. */
export const alibabaAiArOpenPlatformDetectOperation = {
  method: 'alibaba.ai.ar.open.platform.detect',
  responseRoot: 'alibaba_ai_ar_open_platform_detect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AR开发者平台marker图片检测服务 — calls TOP method `alibaba.ai.ar.open.platform.detect`.
 *
 * AR开发者平台marker图片检测服务，给AR SDK 和 阿里火眼app使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAiArOpenPlatformDetect(
  client: TopClient,
  request: AlibabaAiArOpenPlatformDetectRequest = {},
  options?: CallOptions,
): Promise<AlibabaAiArOpenPlatformDetectResponse> {
  return client.call<AlibabaAiArOpenPlatformDetectResponse>(
    {
      method: 'alibaba.ai.ar.open.platform.detect',
      responseRoot: 'alibaba_ai_ar_open_platform_detect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
