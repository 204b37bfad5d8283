// Generated from specs/idleisv/alibaba.idle.isv.media.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.media.upload` (闲鱼服务商-图片上传). */
export interface AlibabaIdleIsvMediaUploadRequest {
  /** 多媒体字节数组 */
  data: TopFile;
  /** 文件名 */
  name: string;
  /** 0-表示图片，1-表示视频（暂不支持） */
  type: Int64Input;
}

/** Response of `alibaba.idle.isv.media.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvMediaUploadResponse {
  /** 响应数据 */
  result?: AlibabaIdleIsvMediaUploadTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.idle.isv.media.upload`. */
export interface AlibabaIdleIsvMediaUploadTopResult {
  /** 媒体文件id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
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
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.media.upload`: method, response root, request and response schemas. */
export const alibabaIdleIsvMediaUploadOperation = {
  method: 'alibaba.idle.isv.media.upload',
  responseRoot: 'alibaba_idle_isv_media_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼服务商-图片上传 — calls TOP method `alibaba.idle.isv.media.upload`.
 *
 * 供外部服务商ISV进行闲鱼商品发布时上传商品所需图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvMediaUpload(
  client: TopClient,
  request: AlibabaIdleIsvMediaUploadRequest,
  options?: CallOptions,
): Promise<AlibabaIdleIsvMediaUploadResponse> {
  return client.call<AlibabaIdleIsvMediaUploadResponse>(
    {
      method: 'alibaba.idle.isv.media.upload',
      responseRoot: 'alibaba_idle_isv_media_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
