// Generated from specs/simba/taobao.subway.creative.video.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.creative.video.bind` (绑定视频到创意上). */
export interface TaobaoSubwayCreativeVideoBindRequest {
  /** 淘宝用户昵称 */
  nick?: string;
  /** 审核通过的视频（状态6） */
  video_id?: Int64Input;
  /** 视频类型 */
  size_type?: Int64Input;
  /** ItemId */
  item_id?: Int64Input;
  /** 创意ID */
  creative_id?: Int64Input;
}

/** Response of `taobao.subway.creative.video.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayCreativeVideoBindResponse {
  /** 是否绑定成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  video_id: 'Number',
  size_type: 'Number',
  item_id: 'Number',
  creative_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.creative.video.bind`: method, response root, request and response schemas. */
export const taobaoSubwayCreativeVideoBindOperation = {
  method: 'taobao.subway.creative.video.bind',
  responseRoot: 'subway_creative_video_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 绑定视频到创意上 — calls TOP method `taobao.subway.creative.video.bind`.
 *
 * 将用户上传的视频绑定到指定的创意上
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayCreativeVideoBind(
  client: TopClient,
  request: TaobaoSubwayCreativeVideoBindRequest = {},
  options?: CallOptions,
): Promise<TaobaoSubwayCreativeVideoBindResponse> {
  return client.call<TaobaoSubwayCreativeVideoBindResponse>(
    {
      method: 'taobao.subway.creative.video.bind',
      responseRoot: 'subway_creative_video_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
