// Generated from specs/youkuott/youku.mediaapi.video.snapshot.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.mediaapi.video.snapshot.get` (根据视频ID查询视频缩微图). */
export interface YoukuMediaapiVideoSnapshotGetRequest {
  /** 视频id */
  vid: string;
}

/** Response of `youku.mediaapi.video.snapshot.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuMediaapiVideoSnapshotGetResponse {
  /** 是否成功 true:成功 false:失败（top成功标志） */
  is_success?: string;
  /** 数据 */
  model_list?: YoukuMediaapiVideoSnapshotGetStruct[];
  /** 返回信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `youku.mediaapi.video.snapshot.get`. */
export interface YoukuMediaapiVideoSnapshotGetStruct {
  /** 图片域名 */
  domain_name?: string;
  /** 图片url列表 */
  thumb_id_list?: string[];
  /** 毫秒 */
  sectiontime?: Int64;
}

const REQUEST_SCHEMA = {
  vid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'String',
  model_list: [
    {
      domain_name: 'String',
      thumb_id_list: ['String'],
      sectiontime: 'Number',
    },
  ],
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `youku.mediaapi.video.snapshot.get`: method, response root, request and response schemas. */
export const youkuMediaapiVideoSnapshotGetOperation = {
  method: 'youku.mediaapi.video.snapshot.get',
  responseRoot: 'youku_mediaapi_video_snapshot_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据视频ID查询视频缩微图 — calls TOP method `youku.mediaapi.video.snapshot.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuMediaapiVideoSnapshotGet(
  client: TopClient,
  request: YoukuMediaapiVideoSnapshotGetRequest,
  options?: CallOptions,
): Promise<YoukuMediaapiVideoSnapshotGetResponse> {
  return client.call<YoukuMediaapiVideoSnapshotGetResponse>(
    {
      method: 'youku.mediaapi.video.snapshot.get',
      responseRoot: 'youku_mediaapi_video_snapshot_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
