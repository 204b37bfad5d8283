// Generated from specs/security/alibaba.security.jaq.resource.fetch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.resource.fetch` (获取资源文件). */
export interface AlibabaSecurityJaqResourceFetchRequest {
  /** 设备类型可能值有：android ios wp */
  device_type: string;
  /** 分辨率 */
  dpi: string;
  /** 语言类型 zh_CN en_US */
  lang: string;
}

/** Response of `alibaba.security.jaq.resource.fetch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqResourceFetchResponse {
  /** 获取资源结果 */
  data?: AlibabaSecurityJaqResourceFetchJaqResourceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqResourceResult` of `alibaba.security.jaq.resource.fetch`. */
export interface AlibabaSecurityJaqResourceFetchJaqResourceResult {
  /** 请求事件唯一标识 */
  event_id?: string;
  /** 资源包的md5 */
  md5?: string;
  /** 资源的cdn下载链接 */
  url?: string;
  /** 资源版本号 */
  version?: string;
}

const REQUEST_SCHEMA = {
  device_type: 'String',
  dpi: 'String',
  lang: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    event_id: 'String',
    md5: 'String',
    url: 'String',
    version: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.resource.fetch`: method, response root, request and response schemas. */
export const alibabaSecurityJaqResourceFetchOperation = {
  method: 'alibaba.security.jaq.resource.fetch',
  responseRoot: 'alibaba_security_jaq_resource_fetch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取资源文件 — calls TOP method `alibaba.security.jaq.resource.fetch`.
 *
 * 在前向化验证流程中提供资源文件服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqResourceFetch(
  client: TopClient,
  request: AlibabaSecurityJaqResourceFetchRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqResourceFetchResponse> {
  return client.call<AlibabaSecurityJaqResourceFetchResponse>(
    {
      method: 'alibaba.security.jaq.resource.fetch',
      responseRoot: 'alibaba_security_jaq_resource_fetch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
