// Generated from specs/media/alibaba.video.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.video.publish` (发布视频). */
export interface AlibabaVideoPublishRequest {
  /** 文件id */
  file_id: string;
  /** 视频标题 */
  title: string;
  /** 封面图 */
  cover_url: string;
  /** 视频标签 */
  tags?: string;
}

/** Response of `alibaba.video.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaVideoPublishResponse {
  /** 视频id */
  video_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  file_id: 'String',
  title: 'String',
  cover_url: 'String',
  tags: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  video_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.video.publish`: method, response root, request and response schemas. */
export const alibabaVideoPublishOperation = {
  method: 'alibaba.video.publish',
  responseRoot: 'alibaba_video_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发布视频 — calls TOP method `alibaba.video.publish`.
 *
 * 发布视频。
 * 说明：发布视频5s后再查询视频信息，否则可能无法获取播放链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaVideoPublish(
  client: TopClient,
  request: AlibabaVideoPublishRequest,
  options?: CallOptions,
): Promise<AlibabaVideoPublishResponse> {
  return client.call<AlibabaVideoPublishResponse>(
    {
      method: 'alibaba.video.publish',
      responseRoot: 'alibaba_video_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
