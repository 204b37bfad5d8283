// Generated from specs/tvupadmin/yunos.tvpubadmin.adm.ott.audit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.adm.ott.audit` (优酷OTT广告素材审核). */
export interface YunosTvpubadminAdmOttAuditRequest {
  /** 广告审核内容，json格式 */
  data: string;
}

/** Response of `yunos.tvpubadmin.adm.ott.audit`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminAdmOttAuditResponse {
  /** 返回的操作结果 */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.adm.ott.audit`: method, response root, request and response schemas. */
export const yunosTvpubadminAdmOttAuditOperation = {
  method: 'yunos.tvpubadmin.adm.ott.audit',
  responseRoot: 'yunos_tvpubadmin_adm_ott_audit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优酷OTT广告素材审核 — calls TOP method `yunos.tvpubadmin.adm.ott.audit`.
 *
 * 审核优酷OTT端广告素材
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminAdmOttAudit(
  client: TopClient,
  request: YunosTvpubadminAdmOttAuditRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminAdmOttAuditResponse> {
  return client.call<YunosTvpubadminAdmOttAuditResponse>(
    {
      method: 'yunos.tvpubadmin.adm.ott.audit',
      responseRoot: 'yunos_tvpubadmin_adm_ott_audit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
