// Generated from specs/security/alibaba.security.jaq.rp.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.upload` (聚安全实人认证上传认证信息). */
export interface AlibabaSecurityJaqRpUploadRequest {
  /** 认证会话token */
  verify_token: string;
  /**
   * 此次需要上传的认证信息的列表
   *
   * Max list size: 20
   */
  elements: AlibabaSecurityJaqRpUploadElementInput[];
}

/** Response of `alibaba.security.jaq.rp.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpUploadResponse {
  /** 返回信息 */
  data?: AlibabaSecurityJaqRpUploadRpUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Element` of `alibaba.security.jaq.rp.upload`. */
export interface AlibabaSecurityJaqRpUploadElementInput {
  /** 名称, 常用名称：姓名(Name); 身份证(Identity_Code); 手机(Mobile); 身份证正面(Identity_Front_Pic);身份证背面(Identity_back_pic);半身照(UpperBody_pic);地址(Address) */
  name: string;
  /** 值，如果为oss地址，格式如下oss://bucketname:xxxx.jpg */
  value: string;
  /** 类型, 如果是姓名，身份证，则是ValueType；如果是图片则是PhotoType；如果是JSON格式，则是JsonType */
  value_meta: string;
}

/** `RpUploadResult` of `alibaba.security.jaq.rp.upload`. */
export interface AlibabaSecurityJaqRpUploadRpUploadResult {
  /** 上传状态信息 */
  upload_status?: AlibabaSecurityJaqRpUploadUploadStatus;
  /** 上传id */
  upload_id?: string;
}

/** `UploadStatus` of `alibaba.security.jaq.rp.upload`. */
export interface AlibabaSecurityJaqRpUploadUploadStatus {
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  elements: [
    {
      name: 'String',
      value: 'String',
      value_meta: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    upload_status: {
      name: 'String',
      code: 'Number',
    },
    upload_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.upload`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpUploadOperation = {
  method: 'alibaba.security.jaq.rp.upload',
  responseRoot: 'alibaba_security_jaq_rp_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全实人认证上传认证信息 — calls TOP method `alibaba.security.jaq.rp.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpUpload(
  client: TopClient,
  request: AlibabaSecurityJaqRpUploadRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpUploadResponse> {
  return client.call<AlibabaSecurityJaqRpUploadResponse>(
    {
      method: 'alibaba.security.jaq.rp.upload',
      responseRoot: 'alibaba_security_jaq_rp_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
