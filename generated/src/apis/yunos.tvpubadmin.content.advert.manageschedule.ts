// Generated from specs/tvupadmin/yunos.tvpubadmin.content.advert.manageschedule.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.advert.manageschedule` (广告牌照管控修改). */
export interface YunosTvpubadminContentAdvertManagescheduleRequest {
  /** 管理参数 */
  req: string;
}

/** Response of `yunos.tvpubadmin.content.advert.manageschedule`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentAdvertManagescheduleResponse {
  /** 管理广告排期 */
  object?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  req: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.advert.manageschedule`: method, response root, request and response schemas. */
export const yunosTvpubadminContentAdvertManagescheduleOperation = {
  method: 'yunos.tvpubadmin.content.advert.manageschedule',
  responseRoot: 'yunos_tvpubadmin_content_advert_manageschedule_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 广告牌照管控修改 — calls TOP method `yunos.tvpubadmin.content.advert.manageschedule`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentAdvertManageschedule(
  client: TopClient,
  request: YunosTvpubadminContentAdvertManagescheduleRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentAdvertManagescheduleResponse> {
  return client.call<YunosTvpubadminContentAdvertManagescheduleResponse>(
    {
      method: 'yunos.tvpubadmin.content.advert.manageschedule',
      responseRoot: 'yunos_tvpubadmin_content_advert_manageschedule_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
