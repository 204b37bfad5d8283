// Generated from specs/tvupadmin/yunos.osupdate.appversion.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.appversion.publish` (发布应用升级). */
export interface YunosOsupdateAppversionPublishRequest {
  /** 发布应用升级入参json */
  publish_json: string;
}

/** Response of `yunos.osupdate.appversion.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateAppversionPublishResponse {
  /** 返回结果 */
  result?: YunosOsupdateAppversionPublishResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `yunos.osupdate.appversion.publish`. */
export interface YunosOsupdateAppversionPublishResult {
  /** 操作是否成功 */
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

/** Static description of `yunos.osupdate.appversion.publish`: method, response root, request and response schemas. */
export const yunosOsupdateAppversionPublishOperation = {
  method: 'yunos.osupdate.appversion.publish',
  responseRoot: 'yunos_osupdate_appversion_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发布应用升级 — calls TOP method `yunos.osupdate.appversion.publish`.
 *
 * 发布应用升级任务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateAppversionPublish(
  client: TopClient,
  request: YunosOsupdateAppversionPublishRequest,
  options?: CallOptions,
): Promise<YunosOsupdateAppversionPublishResponse> {
  return client.call<YunosOsupdateAppversionPublishResponse>(
    {
      method: 'yunos.osupdate.appversion.publish',
      responseRoot: 'yunos_osupdate_appversion_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
