// Generated from specs/taotv/taobao.taotv.video.playlist.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.taotv.video.playlist.get` (根据频道ID获取频道下节目单以及当前播放). */
export interface TaobaoTaotvVideoPlaylistGetRequest {
  /** 播单id */
  play_list_id?: Int64Input;
  /** 系统信息 */
  system_info?: string;
}

/** Response of `taobao.taotv.video.playlist.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaotvVideoPlaylistGetResponse {
  /** result */
  result?: TaobaoTaotvVideoPlaylistGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.taotv.video.playlist.get`. */
export interface TaobaoTaotvVideoPlaylistGetResult {
  /** 数据列表 */
  model_list?: TaobaoTaotvVideoPlaylistGetModel[];
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `Model` of `taobao.taotv.video.playlist.get`. */
export interface TaobaoTaotvVideoPlaylistGetModel {
  /** 视频图片 */
  pic_url?: string;
  /** 视频ID */
  video_id?: string;
  /** 视频来源 */
  from?: Int64;
  /** 视频标题 */
  title?: string;
  /** id */
  id?: Int64;
  /** 时长，单位秒 */
  seconds?: string;
  /** ott测更新时间 */
  ott_update_time?: string;
}

const REQUEST_SCHEMA = {
  play_list_id: 'Number',
  system_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        pic_url: 'String',
        video_id: 'String',
        from: 'Number',
        title: 'String',
        id: 'Number',
        seconds: 'String',
        ott_update_time: 'Date',
      },
    ],
    http_status_code: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.taotv.video.playlist.get`: method, response root, request and response schemas. */
export const taobaoTaotvVideoPlaylistGetOperation = {
  method: 'taobao.taotv.video.playlist.get',
  responseRoot: 'taotv_video_playlist_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据频道ID获取频道下节目单以及当前播放 — calls TOP method `taobao.taotv.video.playlist.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaotvVideoPlaylistGet(
  client: TopClient,
  request: TaobaoTaotvVideoPlaylistGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTaotvVideoPlaylistGetResponse> {
  return client.call<TaobaoTaotvVideoPlaylistGetResponse>(
    {
      method: 'taobao.taotv.video.playlist.get',
      responseRoot: 'taotv_video_playlist_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
