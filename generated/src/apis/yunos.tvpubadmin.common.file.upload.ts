// Generated from specs/tvupadmin/yunos.tvpubadmin.common.file.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.common.file.upload` (文件上传API). */
export interface YunosTvpubadminCommonFileUploadRequest {
  /** 文件字节流 */
  bytes?: TopFile;
  /** 原文件名 */
  original_filename?: string;
  /** 文件大小 */
  size?: string;
  /** 文件类型 */
  content_type?: string;
  /** 上传地址 */
  upload_path?: string;
}

/** Response of `yunos.tvpubadmin.common.file.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminCommonFileUploadResponse {
  /** 上传后的文件地址 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  bytes: 'byte[]',
  original_filename: 'String',
  size: 'String',
  content_type: 'String',
  upload_path: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.common.file.upload`: method, response root, request and response schemas. */
export const yunosTvpubadminCommonFileUploadOperation = {
  method: 'yunos.tvpubadmin.common.file.upload',
  responseRoot: 'yunos_tvpubadmin_common_file_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 文件上传API — calls TOP method `yunos.tvpubadmin.common.file.upload`.
 *
 * 文件上传服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminCommonFileUpload(
  client: TopClient,
  request: YunosTvpubadminCommonFileUploadRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminCommonFileUploadResponse> {
  return client.call<YunosTvpubadminCommonFileUploadResponse>(
    {
      method: 'yunos.tvpubadmin.common.file.upload',
      responseRoot: 'yunos_tvpubadmin_common_file_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
