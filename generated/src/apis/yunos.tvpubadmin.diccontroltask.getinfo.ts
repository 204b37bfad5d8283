// Generated from specs/tvupadmin/yunos.tvpubadmin.diccontroltask.getinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.diccontroltask.getinfo` (获取停开服任务详情). */
export interface YunosTvpubadminDiccontroltaskGetinfoRequest {
  /** 任务ID */
  id: Int64Input;
  /** 牌照方 */
  license: Int64Input;
}

/** Response of `yunos.tvpubadmin.diccontroltask.getinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDiccontroltaskGetinfoResponse {
  /** object */
  object?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  license: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.diccontroltask.getinfo`: method, response root, request and response schemas. */
export const yunosTvpubadminDiccontroltaskGetinfoOperation = {
  method: 'yunos.tvpubadmin.diccontroltask.getinfo',
  responseRoot: 'yunos_tvpubadmin_diccontroltask_getinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取停开服任务详情 — calls TOP method `yunos.tvpubadmin.diccontroltask.getinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDiccontroltaskGetinfo(
  client: TopClient,
  request: YunosTvpubadminDiccontroltaskGetinfoRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDiccontroltaskGetinfoResponse> {
  return client.call<YunosTvpubadminDiccontroltaskGetinfoResponse>(
    {
      method: 'yunos.tvpubadmin.diccontroltask.getinfo',
      responseRoot: 'yunos_tvpubadmin_diccontroltask_getinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
