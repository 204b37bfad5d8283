// Generated from specs/taotv/taobao.taotv.video.playlist.all.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.taotv.video.playlist.all` (获取播单列表). */
export interface TaobaoTaotvVideoPlaylistAllRequest {
  /** 系统信息 */
  system_info?: string;
}

/** Response of `taobao.taotv.video.playlist.all`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaotvVideoPlaylistAllResponse {
  /** result */
  result?: TaobaoTaotvVideoPlaylistAllResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.taotv.video.playlist.all`. */
export interface TaobaoTaotvVideoPlaylistAllResult {
  /** model */
  model_list?: TaobaoTaotvVideoPlaylistAllModel[];
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `Model` of `taobao.taotv.video.playlist.all`. */
export interface TaobaoTaotvVideoPlaylistAllModel {
  /** playListId */
  play_list_id?: Int64;
  /** playListName */
  play_list_name?: string;
  /** bgPic */
  bg_pic?: string;
  /** modifyTime */
  modify_time?: string;
  /** createTime */
  create_time?: string;
}

const REQUEST_SCHEMA = {
  system_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        play_list_id: 'Number',
        play_list_name: 'String',
        bg_pic: 'String',
        modify_time: 'Date',
        create_time: 'Date',
      },
    ],
    http_status_code: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.taotv.video.playlist.all`: method, response root, request and response schemas. */
export const taobaoTaotvVideoPlaylistAllOperation = {
  method: 'taobao.taotv.video.playlist.all',
  responseRoot: 'taotv_video_playlist_all_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取播单列表 — calls TOP method `taobao.taotv.video.playlist.all`.
 *
 * 根据牌照和视频源等获取播单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaotvVideoPlaylistAll(
  client: TopClient,
  request: TaobaoTaotvVideoPlaylistAllRequest = {},
  options?: CallOptions,
): Promise<TaobaoTaotvVideoPlaylistAllResponse> {
  return client.call<TaobaoTaotvVideoPlaylistAllResponse>(
    {
      method: 'taobao.taotv.video.playlist.all',
      responseRoot: 'taotv_video_playlist_all_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
