// Generated from specs/fpm/alibaba.fpm.file.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fpm.file.upload` (结算单文件上传). */
export interface AlibabaFpmFileUploadRequest {
  /** 实体 */
  biz_dto: AlibabaFpmFileUploadFileUploadRequestDtoInput;
}

/** Response of `alibaba.fpm.file.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFpmFileUploadResponse {
  /** result */
  result?: AlibabaFpmFileUploadResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FileUploadRequestDto` of `alibaba.fpm.file.upload`. */
export interface AlibabaFpmFileUploadFileUploadRequestDtoInput {
  /** 应用代码(必填) */
  app_code: string;
  /** 签名字符串 */
  outer_system_sign_str: string;
  /** 加密字符串 */
  outer_system_encrypt_str: string;
}

/** `ResultModel` of `alibaba.fpm.file.upload`. */
export interface AlibabaFpmFileUploadResultModel {
  /** 错误编码 */
  error_code?: string;
  /** 错信信息 */
  error_message?: string;
  /** returnValue */
  return_value?: AlibabaFpmFileUploadFileUploadReponseDto;
  /** success */
  success?: boolean;
}

/** `FileUploadReponseDto` of `alibaba.fpm.file.upload`. */
export interface AlibabaFpmFileUploadFileUploadReponseDto {
  /** outerSystemSignStr */
  outer_system_sign_str?: string;
  /** outerSystemEncryptStr */
  outer_system_encrypt_str?: string;
}

const REQUEST_SCHEMA = {
  biz_dto: {
    app_code: 'String',
    outer_system_sign_str: 'String',
    outer_system_encrypt_str: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    return_value: {
      outer_system_sign_str: 'String',
      outer_system_encrypt_str: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fpm.file.upload`: method, response root, request and response schemas. */
export const alibabaFpmFileUploadOperation = {
  method: 'alibaba.fpm.file.upload',
  responseRoot: 'alibaba_fpm_file_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 结算单文件上传 — calls TOP method `alibaba.fpm.file.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFpmFileUpload(
  client: TopClient,
  request: AlibabaFpmFileUploadRequest,
  options?: CallOptions,
): Promise<AlibabaFpmFileUploadResponse> {
  return client.call<AlibabaFpmFileUploadResponse>(
    {
      method: 'alibaba.fpm.file.upload',
      responseRoot: 'alibaba_fpm_file_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
