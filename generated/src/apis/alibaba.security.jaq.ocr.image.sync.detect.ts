// Generated from specs/security/alibaba.security.jaq.ocr.image.sync.detect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.ocr.image.sync.detect` (聚安全图文识别同步检测接口). */
export interface AlibabaSecurityJaqOcrImageSyncDetectRequest {
  /** 待检测图像链接 */
  image_url: string;
}

/** Response of `alibaba.security.jaq.ocr.image.sync.detect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqOcrImageSyncDetectResponse {
  /** 出参结构体 */
  data?: AlibabaSecurityJaqOcrImageSyncDetectJaqOcrImageDetectResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqOcrImageDetectResult` of `alibaba.security.jaq.ocr.image.sync.detect`. */
export interface AlibabaSecurityJaqOcrImageSyncDetectJaqOcrImageDetectResult {
  /** 字符串列表，内容是图像中文字的主要段落内容（按照概率输出最多5组概率最大的组合） */
  texts?: string[];
}

const REQUEST_SCHEMA = {
  image_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    texts: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.ocr.image.sync.detect`: method, response root, request and response schemas. */
export const alibabaSecurityJaqOcrImageSyncDetectOperation = {
  method: 'alibaba.security.jaq.ocr.image.sync.detect',
  responseRoot: 'alibaba_security_jaq_ocr_image_sync_detect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全图文识别同步检测接口 — calls TOP method `alibaba.security.jaq.ocr.image.sync.detect`.
 *
 * 图像字符识别同步检测接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqOcrImageSyncDetect(
  client: TopClient,
  request: AlibabaSecurityJaqOcrImageSyncDetectRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqOcrImageSyncDetectResponse> {
  return client.call<AlibabaSecurityJaqOcrImageSyncDetectResponse>(
    {
      method: 'alibaba.security.jaq.ocr.image.sync.detect',
      responseRoot: 'alibaba_security_jaq_ocr_image_sync_detect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
