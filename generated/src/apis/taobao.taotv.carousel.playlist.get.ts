// Generated from specs/taotv/taobao.taotv.carousel.playlist.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.taotv.carousel.playlist.get` (根据频道ID获取频道下节目单以及当前播放). */
export interface TaobaoTaotvCarouselPlaylistGetRequest {
  /** 频道ID */
  channel_id?: Int64Input;
  /** 设备信息 */
  system_info?: string;
}

/** Response of `taobao.taotv.carousel.playlist.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaotvCarouselPlaylistGetResponse {
  /** result */
  result?: TaobaoTaotvCarouselPlaylistGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.taotv.carousel.playlist.get`. */
export interface TaobaoTaotvCarouselPlaylistGetResult {
  /** 返回数据 */
  model?: TaobaoTaotvCarouselPlaylistGetCarouselChannelRbo;
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `CarouselChannelRbo` of `taobao.taotv.carousel.playlist.get`. */
export interface TaobaoTaotvCarouselPlaylistGetCarouselChannelRbo {
  /** 频道固定的编号 */
  serial_number?: Int64;
  /** 频道所有的视频列表 */
  video_list?: TaobaoTaotvCarouselPlaylistGetVideolist[];
  /** 频道当前播放视频 */
  current_video?: TaobaoTaotvCarouselPlaylistGetCarouselCurrentPlayRbo;
  /** 频道描述 */
  description?: string;
  /** 牌照方 */
  bcp?: Int64;
  /** 频道图标 */
  pic?: string;
  /** 频道名称 */
  name?: string;
  /** 频道ID */
  id?: Int64;
}

/** `Videolist` of `taobao.taotv.carousel.playlist.get`. */
export interface TaobaoTaotvCarouselPlaylistGetVideolist {
  /** 视频ID信息 */
  video_id?: string;
  /** 视频的来源类型，来源这个视频所在节目单的视频来源类型 */
  video_ext_type?: Int64;
  /** 当前视频的播单ID */
  play_list_id?: Int64;
  /** 当前视频的节目ID */
  program_id?: Int64;
  /** 当前视频的排序 */
  sort?: Int64;
  /** 视频时长（单位秒） */
  duration?: Int64;
  /** 视频名称 */
  name?: string;
  /** 视频图片 */
  pic?: string;
  /** 主键ID */
  id?: Int64;
}

/** `CarouselCurrentPlayRbo` of `taobao.taotv.carousel.playlist.get`. */
export interface TaobaoTaotvCarouselPlaylistGetCarouselCurrentPlayRbo {
  /** 当前轮播视频信息 */
  video?: TaobaoTaotvCarouselPlaylistGetCarouselPlaylistVideoRbo;
  /** 当前视频正在播放的时间点（单位秒） */
  point?: Int64;
}

/** `CarouselPlaylistVideoRbo` of `taobao.taotv.carousel.playlist.get`. */
export interface TaobaoTaotvCarouselPlaylistGetCarouselPlaylistVideoRbo {
  /** 视频ID信息 */
  video_id?: string;
  /** 视频的来源类型，来源这个视频所在节目单的视频来源类型 */
  video_ext_type?: Int64;
  /** 当前视频的播单ID */
  play_list_id?: Int64;
  /** 当前视频的节目ID */
  program_id?: Int64;
  /** 当前视频的排序 */
  sort?: Int64;
  /** 视频时长（单位秒） */
  duration?: Int64;
  /** 视频名称 */
  name?: string;
  /** 视频图片 */
  pic?: string;
  /** 主键ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  channel_id: 'Number',
  system_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      serial_number: 'Number',
      video_list: [
        {
          video_id: 'String',
          video_ext_type: 'Number',
          play_list_id: 'Number',
          program_id: 'Number',
          sort: 'Number',
          duration: 'Number',
          name: 'String',
          pic: 'String',
          id: 'Number',
        },
      ],
      current_video: {
        video: {
          video_id: 'String',
          video_ext_type: 'Number',
          play_list_id: 'Number',
          program_id: 'Number',
          sort: 'Number',
          duration: 'Number',
          name: 'String',
          pic: 'String',
          id: 'Number',
        },
        point: 'Number',
      },
      description: 'String',
      bcp: 'Number',
      pic: 'String',
      name: 'String',
      id: 'Number',
    },
    http_status_code: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.taotv.carousel.playlist.get`: method, response root, request and response schemas. */
export const taobaoTaotvCarouselPlaylistGetOperation = {
  method: 'taobao.taotv.carousel.playlist.get',
  responseRoot: 'taotv_carousel_playlist_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据频道ID获取频道下节目单以及当前播放 — calls TOP method `taobao.taotv.carousel.playlist.get`.
 *
 * 根据频道ID获取频道下节目单以及当前播放，包括所有视频源的视频
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaotvCarouselPlaylistGet(
  client: TopClient,
  request: TaobaoTaotvCarouselPlaylistGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTaotvCarouselPlaylistGetResponse> {
  return client.call<TaobaoTaotvCarouselPlaylistGetResponse>(
    {
      method: 'taobao.taotv.carousel.playlist.get',
      responseRoot: 'taotv_carousel_playlist_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
