// Generated from specs/tvupadmin/yunos.osupdate.osfota.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.osfota.query` (系统升级分页查询). */
export interface YunosOsupdateOsfotaQueryRequest {
  /** 设备型号ID */
  modle_id: Int64Input;
  /** 页码 */
  page: Int64Input;
  /** 每页数量 */
  page_size: Int64Input;
}

/** Response of `yunos.osupdate.osfota.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateOsfotaQueryResponse {
  /** 返回结果 */
  result?: YunosOsupdateOsfotaQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `yunos.osupdate.osfota.query`. */
export interface YunosOsupdateOsfotaQueryResult {
  /** 具体内容 */
  data?: string;
}

const REQUEST_SCHEMA = {
  modle_id: 'Number',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.osupdate.osfota.query`: method, response root, request and response schemas. */
export const yunosOsupdateOsfotaQueryOperation = {
  method: 'yunos.osupdate.osfota.query',
  responseRoot: 'yunos_osupdate_osfota_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系统升级分页查询 — calls TOP method `yunos.osupdate.osfota.query`.
 *
 * 分页查询osoupdate系统升级列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateOsfotaQuery(
  client: TopClient,
  request: YunosOsupdateOsfotaQueryRequest,
  options?: CallOptions,
): Promise<YunosOsupdateOsfotaQueryResponse> {
  return client.call<YunosOsupdateOsfotaQueryResponse>(
    {
      method: 'yunos.osupdate.osfota.query',
      responseRoot: 'yunos_osupdate_osfota_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
