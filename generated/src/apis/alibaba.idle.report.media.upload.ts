// Generated from specs/idle/alibaba.idle.report.media.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.idle.report.media.upload` (验货报告上传文件). */
export interface AlibabaIdleReportMediaUploadRequest {
  /** 多媒体字节数组 */
  data: TopFile;
  /** 名称 */
  name: string;
  /** 类型 PHOTO 图片；FILM 视频 */
  type: string;
}

/** Response of `alibaba.idle.report.media.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleReportMediaUploadResponse {
  /** 结果 */
  result?: AlibabaIdleReportMediaUploadCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonResult` of `alibaba.idle.report.media.upload`. */
export interface AlibabaIdleReportMediaUploadCommonResult {
  /** 文件ID */
  data?: Int64;
  /** 请求结果 */
  success?: boolean;
  /** 异常编码 */
  error_code?: string;
  /** 异常描述 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  data: 'byte[]',
  name: 'String',
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.report.media.upload`: method, response root, request and response schemas. */
export const alibabaIdleReportMediaUploadOperation = {
  method: 'alibaba.idle.report.media.upload',
  responseRoot: 'alibaba_idle_report_media_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 验货报告上传文件 — calls TOP method `alibaba.idle.report.media.upload`.
 *
 * 服务商上传文件、图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleReportMediaUpload(
  client: TopClient,
  request: AlibabaIdleReportMediaUploadRequest,
  options?: CallOptions,
): Promise<AlibabaIdleReportMediaUploadResponse> {
  return client.call<AlibabaIdleReportMediaUploadResponse>(
    {
      method: 'alibaba.idle.report.media.upload',
      responseRoot: 'alibaba_idle_report_media_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
