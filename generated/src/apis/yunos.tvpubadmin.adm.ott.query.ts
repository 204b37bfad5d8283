// Generated from specs/tvupadmin/yunos.tvpubadmin.adm.ott.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.adm.ott.query` (优酷OTT端广告素材查询). */
export interface YunosTvpubadminAdmOttQueryRequest {
  /** 查询参数json格式 */
  query: string;
}

/** Response of `yunos.tvpubadmin.adm.ott.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminAdmOttQueryResponse {
  /** 返回数据详情，json格式 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  query: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.adm.ott.query`: method, response root, request and response schemas. */
export const yunosTvpubadminAdmOttQueryOperation = {
  method: 'yunos.tvpubadmin.adm.ott.query',
  responseRoot: 'yunos_tvpubadmin_adm_ott_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优酷OTT端广告素材查询 — calls TOP method `yunos.tvpubadmin.adm.ott.query`.
 *
 * 查询广告素材
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminAdmOttQuery(
  client: TopClient,
  request: YunosTvpubadminAdmOttQueryRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminAdmOttQueryResponse> {
  return client.call<YunosTvpubadminAdmOttQueryResponse>(
    {
      method: 'yunos.tvpubadmin.adm.ott.query',
      responseRoot: 'yunos_tvpubadmin_adm_ott_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
