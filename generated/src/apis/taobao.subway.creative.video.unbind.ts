// Generated from specs/simba/taobao.subway.creative.video.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.creative.video.unbind` (创意与视频解绑接口). */
export interface TaobaoSubwayCreativeVideoUnbindRequest {
  /** 淘宝账号昵称 */
  nick?: string;
  /** 视频ID */
  video_id?: Int64Input;
  /** 创意ID */
  creative_id?: Int64Input;
}

/** Response of `taobao.subway.creative.video.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayCreativeVideoUnbindResponse {
  /** 是否解绑成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  video_id: 'Number',
  creative_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.creative.video.unbind`: method, response root, request and response schemas. */
export const taobaoSubwayCreativeVideoUnbindOperation = {
  method: 'taobao.subway.creative.video.unbind',
  responseRoot: 'subway_creative_video_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创意与视频解绑接口 — calls TOP method `taobao.subway.creative.video.unbind`.
 *
 * 将创意与视频解绑
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayCreativeVideoUnbind(
  client: TopClient,
  request: TaobaoSubwayCreativeVideoUnbindRequest = {},
  options?: CallOptions,
): Promise<TaobaoSubwayCreativeVideoUnbindResponse> {
  return client.call<TaobaoSubwayCreativeVideoUnbindResponse>(
    {
      method: 'taobao.subway.creative.video.unbind',
      responseRoot: 'subway_creative_video_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
