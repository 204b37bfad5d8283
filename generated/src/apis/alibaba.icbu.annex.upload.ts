// Generated from specs/icburfq/alibaba.icbu.annex.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.icbu.annex.upload` (上传附件获取附件files_str). */
export interface AlibabaIcbuAnnexUploadRequest {
  /** 文件名 */
  file_name: string;
  /** 文件字节流 */
  file_input_stream_bytes: TopFile;
  /** 来源 */
  source: string;
}

/** Response of `alibaba.icbu.annex.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuAnnexUploadResponse {
  /** 返回错误码 */
  err_type?: string;
  /** 错误信息 */
  message?: string;
  /** 文件file_str */
  result?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  file_name: 'String',
  file_input_stream_bytes: 'byte[]',
  source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_type: 'String',
  message: 'String',
  result: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.annex.upload`: method, response root, request and response schemas. */
export const alibabaIcbuAnnexUploadOperation = {
  method: 'alibaba.icbu.annex.upload',
  responseRoot: 'alibaba_icbu_annex_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传附件获取附件files_str — calls TOP method `alibaba.icbu.annex.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuAnnexUpload(
  client: TopClient,
  request: AlibabaIcbuAnnexUploadRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuAnnexUploadResponse> {
  return client.call<AlibabaIcbuAnnexUploadResponse>(
    {
      method: 'alibaba.icbu.annex.upload',
      responseRoot: 'alibaba_icbu_annex_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
