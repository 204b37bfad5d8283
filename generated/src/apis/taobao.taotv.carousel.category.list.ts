// Generated from specs/taotv/taobao.taotv.carousel.category.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.taotv.carousel.category.list` (获取轮播分类列表). */
export interface TaobaoTaotvCarouselCategoryListRequest {
  /** 设备信息 */
  system_info?: string;
}

/** Response of `taobao.taotv.carousel.category.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaotvCarouselCategoryListResponse {
  /** result */
  result?: TaobaoTaotvCarouselCategoryListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.taotv.carousel.category.list`. */
export interface TaobaoTaotvCarouselCategoryListResult {
  /** 数据列表 */
  model_list?: TaobaoTaotvCarouselCategoryListModel[];
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `Model` of `taobao.taotv.carousel.category.list`. */
export interface TaobaoTaotvCarouselCategoryListModel {
  /** 分类排序 */
  sort?: Int64;
  /** 分类图片 */
  pic?: string;
  /** 分类牌照方 */
  bcp?: Int64;
  /** 分类名称 */
  name?: string;
  /** 分类ID */
  id?: Int64;
  /** 分类频道列表 */
  channel_list?: TaobaoTaotvCarouselCategoryListChannels[];
}

/** `Channels` of `taobao.taotv.carousel.category.list`. */
export interface TaobaoTaotvCarouselCategoryListChannels {
  /** 频道ID */
  id?: Int64;
  /** 频道固定的编号 */
  serial_number?: Int64;
  /** 频道所有的视频列表 */
  video_list?: TaobaoTaotvCarouselCategoryListVideolist[];
  /** 频道当前播放视频 */
  current_video?: TaobaoTaotvCarouselCategoryListCarouselCurrentPlayRbo;
  /** 频道描述 */
  description?: string;
  /** 牌照方 */
  bcp?: Int64;
  /** 频道图标 */
  pic?: string;
  /** 频道名称 */
  name?: string;
}

/** `Videolist` of `taobao.taotv.carousel.category.list`. */
export interface TaobaoTaotvCarouselCategoryListVideolist {
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

/** `CarouselCurrentPlayRbo` of `taobao.taotv.carousel.category.list`. */
export interface TaobaoTaotvCarouselCategoryListCarouselCurrentPlayRbo {
  /** 当前轮播视频信息 */
  video?: TaobaoTaotvCarouselCategoryListCarouselPlaylistVideoRbo;
  /** 当前视频正在播放的时间点（单位秒） */
  point?: Int64;
}

/** `CarouselPlaylistVideoRbo` of `taobao.taotv.carousel.category.list`. */
export interface TaobaoTaotvCarouselCategoryListCarouselPlaylistVideoRbo {
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
  system_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        sort: 'Number',
        pic: 'String',
        bcp: 'Number',
        name: 'String',
        id: 'Number',
        channel_list: [
          {
            id: 'Number',
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
          },
        ],
      },
    ],
    http_status_code: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.taotv.carousel.category.list`: method, response root, request and response schemas. */
export const taobaoTaotvCarouselCategoryListOperation = {
  method: 'taobao.taotv.carousel.category.list',
  responseRoot: 'taotv_carousel_category_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取轮播分类列表 — calls TOP method `taobao.taotv.carousel.category.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaotvCarouselCategoryList(
  client: TopClient,
  request: TaobaoTaotvCarouselCategoryListRequest = {},
  options?: CallOptions,
): Promise<TaobaoTaotvCarouselCategoryListResponse> {
  return client.call<TaobaoTaotvCarouselCategoryListResponse>(
    {
      method: 'taobao.taotv.carousel.category.list',
      responseRoot: 'taotv_carousel_category_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
