// Generated from specs/security/alibaba.security.jaq.app.official.verify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.official.verify` (聚安全验证官方应用接口). */
export interface AlibabaSecurityJaqAppOfficialVerifyRequest {
  /** 验证参数 */
  official_app_verify_request?: AlibabaSecurityJaqAppOfficialVerifyOfficialAppVerifyRequestInput;
}

/** Response of `alibaba.security.jaq.app.official.verify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppOfficialVerifyResponse {
  /** result */
  result?: AlibabaSecurityJaqAppOfficialVerifyOfficialAppVerifyResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfficialAppVerifyRequest` of `alibaba.security.jaq.app.official.verify`. */
export interface AlibabaSecurityJaqAppOfficialVerifyOfficialAppVerifyRequestInput {
  /** 应用下载地址 */
  app_url: string;
  /** 应用安装包的MD5或SHA1 */
  app_hash: string;
  /** 应用证书指纹的MD5 */
  cert_md5?: string;
  /** 应用包名 */
  pgk_name?: string;
}

/** `OfficialAppVerifyResponse` of `alibaba.security.jaq.app.official.verify`. */
export interface AlibabaSecurityJaqAppOfficialVerifyOfficialAppVerifyResponse {
  /** 应用名 */
  app_name?: string;
  /** 包名 */
  pkg_name?: string;
  /** 查询任务状态0-处理中 1-处理完成 */
  status?: Int64;
  /** 开发者 */
  developer?: string;
  /** 任务轮询间隔,单位毫秒 */
  query_interval?: Int64;
  /** message */
  err_msg?: string;
  /** 证书md5 */
  cert_md5?: string;
  /** 错误码 400-参数错误 500-服务错误 */
  err_code?: Int64;
  /** 0-未知 1-官方正式 2-官方开发 3-非官方应用 4-待定 */
  official_result?: Int64;
  /** 请求是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  official_app_verify_request: {
    app_url: 'String',
    app_hash: 'String',
    cert_md5: 'String',
    pgk_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    app_name: 'String',
    pkg_name: 'String',
    status: 'Number',
    developer: 'String',
    query_interval: 'Number',
    err_msg: 'String',
    cert_md5: 'String',
    err_code: 'Number',
    official_result: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.official.verify`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppOfficialVerifyOperation = {
  method: 'alibaba.security.jaq.app.official.verify',
  responseRoot: 'alibaba_security_jaq_app_official_verify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全验证官方应用接口 — calls TOP method `alibaba.security.jaq.app.official.verify`.
 *
 * 接入用户来查询应用是否为官方应用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppOfficialVerify(
  client: TopClient,
  request: AlibabaSecurityJaqAppOfficialVerifyRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppOfficialVerifyResponse> {
  return client.call<AlibabaSecurityJaqAppOfficialVerifyResponse>(
    {
      method: 'alibaba.security.jaq.app.official.verify',
      responseRoot: 'alibaba_security_jaq_app_official_verify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
