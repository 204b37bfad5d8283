// Generated from specs/taotv/taobao.taotv.video.playlist.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.taotv.video.playlist.page` (分页获取所有播单). */
export interface TaobaoTaotvVideoPlaylistPageRequest {
  /** 客户端信息 */
  system_info: string;
  /** 当前页（从1开始） */
  page_no: Int64Input;
}

/** Response of `taobao.taotv.video.playlist.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaotvVideoPlaylistPageResponse {
  /** 接口返回model */
  result?: TaobaoTaotvVideoPlaylistPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.taotv.video.playlist.page`. */
export interface TaobaoTaotvVideoPlaylistPageResult {
  /** 是否成功 */
  success?: boolean;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** 状态码 */
  http_status_code?: Int64;
  /** 播单信息分页信息 */
  model?: TaobaoTaotvVideoPlaylistPageModel;
}

/** `Model` of `taobao.taotv.video.playlist.page`. */
export interface TaobaoTaotvVideoPlaylistPageModel {
  /** 当前页 */
  page_no?: Int64;
  /** 此接口默认每次获取100条 */
  page_size?: Int64;
  /** 播单总数 */
  total_count?: Int64;
  /** 总共页数 */
  total_page?: Int64;
  /** 播单对象 */
  data_list?: TaobaoTaotvVideoPlaylistPageData[];
}

/** `Data` of `taobao.taotv.video.playlist.page`. */
export interface TaobaoTaotvVideoPlaylistPageData {
  /** 创建时间 */
  create_time?: string;
  /** 创建时间 */
  modify_time?: string;
  /** 图片 */
  bg_pic?: string;
  /** 播单名称 */
  play_list_name?: string;
  /** 播单id */
  play_list_id?: Int64;
}

const REQUEST_SCHEMA = {
  system_info: 'String',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
    http_status_code: 'Number',
    model: {
      page_no: 'Number',
      page_size: 'Number',
      total_count: 'Number',
      total_page: 'Number',
      data_list: [
        {
          create_time: 'Date',
          modify_time: 'Date',
          bg_pic: 'String',
          play_list_name: 'String',
          play_list_id: 'Number',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.taotv.video.playlist.page`: method, response root, request and response schemas. */
export const taobaoTaotvVideoPlaylistPageOperation = {
  method: 'taobao.taotv.video.playlist.page',
  responseRoot: 'taotv_video_playlist_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页获取所有播单 — calls TOP method `taobao.taotv.video.playlist.page`.
 *
 * 获取所有播单信息（分页）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaotvVideoPlaylistPage(
  client: TopClient,
  request: TaobaoTaotvVideoPlaylistPageRequest,
  options?: CallOptions,
): Promise<TaobaoTaotvVideoPlaylistPageResponse> {
  return client.call<TaobaoTaotvVideoPlaylistPageResponse>(
    {
      method: 'taobao.taotv.video.playlist.page',
      responseRoot: 'taotv_video_playlist_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
