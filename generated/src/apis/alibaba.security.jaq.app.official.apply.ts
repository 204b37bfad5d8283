// Generated from specs/security/alibaba.security.jaq.app.official.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.official.apply` (聚安全官方应用申请). */
export interface AlibabaSecurityJaqAppOfficialApplyRequest {
  /** 官方应用申请入参 */
  official_app_apply_request?: AlibabaSecurityJaqAppOfficialApplyOfficialAppApplyRequestInput;
}

/** Response of `alibaba.security.jaq.app.official.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppOfficialApplyResponse {
  /** 申请结果 */
  result?: AlibabaSecurityJaqAppOfficialApplyOfficialAppApplyResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfficialAppApplyRequest` of `alibaba.security.jaq.app.official.apply`. */
export interface AlibabaSecurityJaqAppOfficialApplyOfficialAppApplyRequestInput {
  /** 应用下载地址 */
  app_url: string;
  /** 应用名 */
  app_name?: string;
  /** 应用包名 */
  pkg_name?: string;
  /** 应用官网地址 */
  website?: string;
  /** 开发者名称，企业开发者为公司名称 */
  developer?: string;
  /** 应用安装包的MD5或SHA1 */
  app_hash: string;
  /** 应用证书指纹的MD5 */
  cert_md5?: string;
  /** 官方版本类型 1-官方正式 2-官方开发版本 */
  official_type: Int64Input;
}

/** `OfficialAppApplyResponse` of `alibaba.security.jaq.app.official.apply`. */
export interface AlibabaSecurityJaqAppOfficialApplyOfficialAppApplyResponse {
  /** message */
  err_msg?: string;
  /** 错误码0-成功 400-参数错误 500-服务错误 */
  err_code?: Int64;
  /** 请求是否成功 */
  success?: boolean;
  /** 提交状态 0- 提交成功 400-提交错误 */
  submit_status?: Int64;
}

const REQUEST_SCHEMA = {
  official_app_apply_request: {
    app_url: 'String',
    app_name: 'String',
    pkg_name: 'String',
    website: 'String',
    developer: 'String',
    app_hash: 'String',
    cert_md5: 'String',
    official_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    err_code: 'Number',
    success: 'Boolean',
    submit_status: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.official.apply`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppOfficialApplyOperation = {
  method: 'alibaba.security.jaq.app.official.apply',
  responseRoot: 'alibaba_security_jaq_app_official_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全官方应用申请 — calls TOP method `alibaba.security.jaq.app.official.apply`.
 *
 * 官方应用申请接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppOfficialApply(
  client: TopClient,
  request: AlibabaSecurityJaqAppOfficialApplyRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppOfficialApplyResponse> {
  return client.call<AlibabaSecurityJaqAppOfficialApplyResponse>(
    {
      method: 'alibaba.security.jaq.app.official.apply',
      responseRoot: 'alibaba_security_jaq_app_official_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
