// Generated from specs/aiar/alibaba.ai.ar.service.detect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.ai.ar.service.detect` (ailab AR图像检索). */
export interface AlibabaAiArServiceDetectRequest {
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

/** Response of `alibaba.ai.ar.service.detect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAiArServiceDetectResponse {
  /** 结果 */
  results?: string | Record<string, unknown>;
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
  results: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ai.ar.service.detect`: method, response root, request and response schemas. */
export const alibabaAiArServiceDetectOperation = {
  method: 'alibaba.ai.ar.service.detect',
  responseRoot: 'alibaba_ai_ar_service_detect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ailab AR图像检索 — calls TOP method `alibaba.ai.ar.service.detect`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAiArServiceDetect(
  client: TopClient,
  request: AlibabaAiArServiceDetectRequest = {},
  options?: CallOptions,
): Promise<AlibabaAiArServiceDetectResponse> {
  return client.call<AlibabaAiArServiceDetectResponse>(
    {
      method: 'alibaba.ai.ar.service.detect',
      responseRoot: 'alibaba_ai_ar_service_detect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
