// Generated from specs/simba/taobao.subway.item.video.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.item.video.upload` (创意视频上传). */
export interface TaobaoSubwayItemVideoUploadRequest {
  /** 账号昵称 */
  nick?: string;
  /** video的url */
  video_url?: string;
  /** itemId */
  item_id?: Int64Input;
  /** 视频类型，1是方视频 */
  type?: Int64Input;
}

/** Response of `taobao.subway.item.video.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayItemVideoUploadResponse {
  /** 视频信息 */
  result?: TaobaoSubwayItemVideoUploadVideoFeedDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VideoFeedDTO` of `taobao.subway.item.video.upload`. */
export interface TaobaoSubwayItemVideoUploadVideoFeedDTO {
  /** 视频类型 */
  size_type?: Int64;
  /** 视频状态描述 */
  state_desc?: string;
  /** 视频ID */
  video_id?: Int64;
  /** itemId */
  item_id?: Int64;
  /** 视频宽度 */
  width?: Int64;
  /** 视频状态码 */
  state?: Int64;
  /** 视频高度 */
  height?: Int64;
  /** 视频比例 */
  ratio?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  video_url: 'String',
  item_id: 'Number',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    size_type: 'Number',
    state_desc: 'String',
    video_id: 'Number',
    item_id: 'Number',
    width: 'Number',
    state: 'Number',
    height: 'Number',
    ratio: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.item.video.upload`: method, response root, request and response schemas. */
export const taobaoSubwayItemVideoUploadOperation = {
  method: 'taobao.subway.item.video.upload',
  responseRoot: 'subway_item_video_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创意视频上传 — calls TOP method `taobao.subway.item.video.upload`.
 *
 * 为用户提供视频上传的功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayItemVideoUpload(
  client: TopClient,
  request: TaobaoSubwayItemVideoUploadRequest = {},
  options?: CallOptions,
): Promise<TaobaoSubwayItemVideoUploadResponse> {
  return client.call<TaobaoSubwayItemVideoUploadResponse>(
    {
      method: 'taobao.subway.item.video.upload',
      responseRoot: 'subway_item_video_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
