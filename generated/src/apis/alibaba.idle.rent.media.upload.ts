// Generated from specs/idle/alibaba.idle.rent.media.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.media.upload` (闲鱼多媒体上传接口). */
export interface AlibabaIdleRentMediaUploadRequest {
  /** 多媒体字节数组 */
  data: TopFile;
  /** 文件名 */
  name: string;
  /** 0-表示图片，1-表示视频（暂不支持） */
  type: Int64Input;
}

/** Response of `alibaba.idle.rent.media.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentMediaUploadResponse {
  /** 响应数据 */
  result?: AlibabaIdleRentMediaUploadTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.idle.rent.media.upload`. */
export interface AlibabaIdleRentMediaUploadTopResult {
  /** 媒体文件id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  data: 'byte[]',
  name: 'String',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.media.upload`: method, response root, request and response schemas. */
export const alibabaIdleRentMediaUploadOperation = {
  method: 'alibaba.idle.rent.media.upload',
  responseRoot: 'alibaba_idle_rent_media_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼多媒体上传接口 — calls TOP method `alibaba.idle.rent.media.upload`.
 *
 * 上传多媒体信息，包括图片、视频（暂不支持）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentMediaUpload(
  client: TopClient,
  request: AlibabaIdleRentMediaUploadRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentMediaUploadResponse> {
  return client.call<AlibabaIdleRentMediaUploadResponse>(
    {
      method: 'alibaba.idle.rent.media.upload',
      responseRoot: 'alibaba_idle_rent_media_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
