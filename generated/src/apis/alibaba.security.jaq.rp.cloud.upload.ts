// Generated from specs/security/alibaba.security.jaq.rp.cloud.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.cloud.upload` (实人认证云上传接口). */
export interface AlibabaSecurityJaqRpCloudUploadRequest {
  /** 认证token */
  verify_token: string;
  /**
   * []
   *
   * Max list size: 20
   */
  elements: AlibabaSecurityJaqRpCloudUploadElementsInput[];
}

/** Response of `alibaba.security.jaq.rp.cloud.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpCloudUploadResponse {
  /** result */
  data?: AlibabaSecurityJaqRpCloudUploadRpUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Elements` of `alibaba.security.jaq.rp.cloud.upload`. */
export interface AlibabaSecurityJaqRpCloudUploadElementsInput {
  /** 材料值类型 */
  value_meta: string;
  /** url */
  value: string;
  /** 材料名字 */
  name: string;
}

/** `RpUploadResult` of `alibaba.security.jaq.rp.cloud.upload`. */
export interface AlibabaSecurityJaqRpCloudUploadRpUploadResult {
  /** uploadId */
  upload_id?: string;
  /** uploadStatus */
  upload_status?: AlibabaSecurityJaqRpCloudUploadRpUploadStatus;
}

/** `RpUploadStatus` of `alibaba.security.jaq.rp.cloud.upload`. */
export interface AlibabaSecurityJaqRpCloudUploadRpUploadStatus {
  /** code */
  code?: Int64;
  /** name */
  name?: string;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  elements: [
    {
      value_meta: 'String',
      value: 'String',
      name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    upload_id: 'String',
    upload_status: {
      code: 'Number',
      name: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.cloud.upload`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpCloudUploadOperation = {
  method: 'alibaba.security.jaq.rp.cloud.upload',
  responseRoot: 'alibaba_security_jaq_rp_cloud_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 实人认证云上传接口 — calls TOP method `alibaba.security.jaq.rp.cloud.upload`.
 *
 * 聚安全实人认证上传认证信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpCloudUpload(
  client: TopClient,
  request: AlibabaSecurityJaqRpCloudUploadRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpCloudUploadResponse> {
  return client.call<AlibabaSecurityJaqRpCloudUploadResponse>(
    {
      method: 'alibaba.security.jaq.rp.cloud.upload',
      responseRoot: 'alibaba_security_jaq_rp_cloud_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
