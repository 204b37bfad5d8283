// Generated from specs/tvupadmin/yunos.osupdate.osfota.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.osfota.publish` (系统升级发布). */
export interface YunosOsupdateOsfotaPublishRequest {
  /** 入参json格式 */
  publish_json: string;
}

/** Response of `yunos.osupdate.osfota.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateOsfotaPublishResponse {
  /** 返回结果 */
  result?: YunosOsupdateOsfotaPublishResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `yunos.osupdate.osfota.publish`. */
export interface YunosOsupdateOsfotaPublishResult {
  /** 是否操作成功 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  publish_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.osupdate.osfota.publish`: method, response root, request and response schemas. */
export const yunosOsupdateOsfotaPublishOperation = {
  method: 'yunos.osupdate.osfota.publish',
  responseRoot: 'yunos_osupdate_osfota_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 系统升级发布 — calls TOP method `yunos.osupdate.osfota.publish`.
 *
 * 发布osupdate系统升级任务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateOsfotaPublish(
  client: TopClient,
  request: YunosOsupdateOsfotaPublishRequest,
  options?: CallOptions,
): Promise<YunosOsupdateOsfotaPublishResponse> {
  return client.call<YunosOsupdateOsfotaPublishResponse>(
    {
      method: 'yunos.osupdate.osfota.publish',
      responseRoot: 'yunos_osupdate_osfota_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
