// Generated from specs/alihouse/alibaba.alihouse.newhome.video.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.video.sync` (视频草稿信息同步). */
export interface AlibabaAlihouseNewhomeVideoSyncRequest {
  /** 草稿对下 */
  video: AlibabaAlihouseNewhomeVideoSyncVideoDraftDtoInput;
}

/** Response of `alibaba.alihouse.newhome.video.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeVideoSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeVideoSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VideoDraftDto` of `alibaba.alihouse.newhome.video.sync`. */
export interface AlibabaAlihouseNewhomeVideoSyncVideoDraftDtoInput {
  /** 二级栏目名称 */
  sub_column?: string;
  /** 一级栏目名称 */
  top_column?: string;
  /** 视频来源 */
  video_source?: string;
  /** 视频标题 */
  title?: string;
  /** 视频类型 */
  video_type: Int64Input;
  /** 外部视频id */
  outer_video_id: string;
  /** 外部id */
  outer_id?: string;
  /** 来源 */
  original: Int64Input;
  /** 菜鸟城市id */
  city_id?: Int64Input;
  /** 发布时间 */
  publish_time: string;
  /** 封面图 */
  cover_image?: string;
  /** 图片信息 */
  img_info?: string;
  /** 视频下载地址 */
  video_url: string;
  /** 视频格式 */
  video_format?: Int64Input;
  /** 主播id */
  compere_id?: Int64Input;
  /** 主播名称 */
  compere_name?: string;
  /** 主播头像 */
  compere_head_url?: string;
  /** 视频长度 */
  video_length?: Int64Input;
  /** 分辨率 */
  resolution?: Int64Input;
  /** 作者 */
  author?: string;
  /** 1测试数据 0正常数据 */
  is_test: Int64Input;
  /** 视频介绍 */
  summary?: string;
  /** 比如楼盘下的货品id，小区小的房源id */
  outer_sub_id?: string;
  /** 外部门店id */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.video.sync`. */
export interface AlibabaAlihouseNewhomeVideoSyncResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** true或false */
  is_success?: boolean;
  /** 返回素材id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  video: {
    sub_column: 'String',
    top_column: 'String',
    video_source: 'String',
    title: 'String',
    video_type: 'Number',
    outer_video_id: 'String',
    outer_id: 'String',
    original: 'Number',
    city_id: 'Number',
    publish_time: 'String',
    cover_image: 'String',
    img_info: 'String',
    video_url: 'String',
    video_format: 'Number',
    compere_id: 'Number',
    compere_name: 'String',
    compere_head_url: 'String',
    video_length: 'Number',
    resolution: 'Number',
    author: 'String',
    is_test: 'Number',
    summary: 'String',
    outer_sub_id: 'String',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.video.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeVideoSyncOperation = {
  method: 'alibaba.alihouse.newhome.video.sync',
  responseRoot: 'alibaba_alihouse_newhome_video_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 视频草稿信息同步 — calls TOP method `alibaba.alihouse.newhome.video.sync`.
 *
 * 接收视频信息记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeVideoSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeVideoSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeVideoSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeVideoSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.video.sync',
      responseRoot: 'alibaba_alihouse_newhome_video_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
