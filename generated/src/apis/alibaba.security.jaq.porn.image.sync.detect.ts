// Generated from specs/security/alibaba.security.jaq.porn.image.sync.detect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.porn.image.sync.detect` (聚安全智能鉴黄同步检测接口). */
export interface AlibabaSecurityJaqPornImageSyncDetectRequest {
  /** 待检测图片链接 */
  image_url: string;
}

/** Response of `alibaba.security.jaq.porn.image.sync.detect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqPornImageSyncDetectResponse {
  /** 出参结构体 */
  data?: AlibabaSecurityJaqPornImageSyncDetectJaqPornImageDetectResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqPornImageDetectResult` of `alibaba.security.jaq.porn.image.sync.detect`. */
export interface AlibabaSecurityJaqPornImageSyncDetectJaqPornImageDetectResult {
  /** 0~100范围的一个浮点值，越接近100，表示色情图像的概率越高（精度到小数点后2位） */
  label?: Int64;
  /** 0表示正常，1表示色情，2表示未确认。用户可以根据自己的场景采信这个值（注：根据图片样本的不断积累，动态调整建议值的阈值设定） */
  rate?: string;
}

const REQUEST_SCHEMA = {
  image_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    label: 'Number',
    rate: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.porn.image.sync.detect`: method, response root, request and response schemas. */
export const alibabaSecurityJaqPornImageSyncDetectOperation = {
  method: 'alibaba.security.jaq.porn.image.sync.detect',
  responseRoot: 'alibaba_security_jaq_porn_image_sync_detect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全智能鉴黄同步检测接口 — calls TOP method `alibaba.security.jaq.porn.image.sync.detect`.
 *
 * 同步黄图图像检测接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqPornImageSyncDetect(
  client: TopClient,
  request: AlibabaSecurityJaqPornImageSyncDetectRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqPornImageSyncDetectResponse> {
  return client.call<AlibabaSecurityJaqPornImageSyncDetectResponse>(
    {
      method: 'alibaba.security.jaq.porn.image.sync.detect',
      responseRoot: 'alibaba_security_jaq_porn_image_sync_detect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
