// Generated from specs/simba/taobao.subway.video.state.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.video.state.get` (获取视频状态). */
export interface TaobaoSubwayVideoStateGetRequest {
  /** 账号昵称 */
  nick?: string;
  /** videoId */
  video_id?: Int64Input;
}

/** Response of `taobao.subway.video.state.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayVideoStateGetResponse {
  /** 1, "等待转码" 2, "转码中" 3, "转码失败" 4, "等待审核" 5, "未通过审核" 6, "通过审核" 7, "已删除" 8, "不符合规范" */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  video_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.video.state.get`: method, response root, request and response schemas. */
export const taobaoSubwayVideoStateGetOperation = {
  method: 'taobao.subway.video.state.get',
  responseRoot: 'subway_video_state_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取视频状态 — calls TOP method `taobao.subway.video.state.get`.
 *
 * 获取已上传视频的状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayVideoStateGet(
  client: TopClient,
  request: TaobaoSubwayVideoStateGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSubwayVideoStateGetResponse> {
  return client.call<TaobaoSubwayVideoStateGetResponse>(
    {
      method: 'taobao.subway.video.state.get',
      responseRoot: 'subway_video_state_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
