// Generated from specs/yunosdm/yunos.dm.sys.get.domain.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.dm.sys.get.domain` (获取动态域名). */
export interface YunosDmSysGetDomainRequest {
  /** 制造商 */
  make: string;
  /** 设备类型 */
  model: string;
  /** 序列号 */
  sn: string;
}

/** Response of `yunos.dm.sys.get.domain`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosDmSysGetDomainResponse {
  /** obj */
  url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  make: 'String',
  model: 'String',
  sn: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.dm.sys.get.domain`: method, response root, request and response schemas. */
export const yunosDmSysGetDomainOperation = {
  method: 'yunos.dm.sys.get.domain',
  responseRoot: 'yunos_dm_sys_get_domain_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取动态域名 — calls TOP method `yunos.dm.sys.get.domain`.
 *
 * 返回alios ucp后端域名
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosDmSysGetDomain(
  client: TopClient,
  request: YunosDmSysGetDomainRequest,
  options?: CallOptions,
): Promise<YunosDmSysGetDomainResponse> {
  return client.call<YunosDmSysGetDomainResponse>(
    {
      method: 'yunos.dm.sys.get.domain',
      responseRoot: 'yunos_dm_sys_get_domain_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
