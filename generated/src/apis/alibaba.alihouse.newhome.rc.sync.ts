// Generated from specs/alihouse/alibaba.alihouse.newhome.rc.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.rc.sync` (阿里房产图文草稿信息同步). */
export interface AlibabaAlihouseNewhomeRcSyncRequest {
  /** 图文内容 */
  rc?: AlibabaAlihouseNewhomeRcSyncRichContentDraftDtoInput;
}

/** Response of `alibaba.alihouse.newhome.rc.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeRcSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeRcSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RichContentDraftDto` of `alibaba.alihouse.newhome.rc.sync`. */
export interface AlibabaAlihouseNewhomeRcSyncRichContentDraftDtoInput {
  /** 外部富文本id */
  outer_rich_content_id: string;
  /** 菜鸟城市id */
  city_id: string;
  /** 楼盘外部id 多个,分割 */
  outer_ids?: string;
  /** 资讯标题 */
  title: string;
  /** 资讯短标题 */
  short_title?: string;
  /** 标签 */
  tags: string[];
  /** 栏目名称 */
  column_name?: string;
  /** 作者 */
  author?: string;
  /** 是否原创 1 原创 0 非原创 */
  original: Int64Input;
  /** 发布时间 yyyy-MM-dd HH:mm:ss格式 */
  publish_time: string;
  /** 封面图 */
  cover_images?: string;
  /** 关键字 */
  keywords?: string[];
  /** 摘要 */
  summary?: string;
  /** 富文本内容 */
  source_rich_content: string;
  /** 楼盘卡片映射 */
  project_cards?: AlibabaAlihouseNewhomeRcSyncProjectCardDataDTOInput[];
  /** 视频映射 */
  video_mappings?: AlibabaAlihouseNewhomeRcSyncVideoDataDTOInput[];
  /** 1 测试数据 0 正常数据 */
  is_test: Int64Input;
  /** 外部门店id */
  outer_store_id?: string;
}

/** `ProjectCardDataDTO` of `alibaba.alihouse.newhome.rc.sync`. */
export interface AlibabaAlihouseNewhomeRcSyncProjectCardDataDTOInput {
  /** 楼盘外部id */
  outer_id: string;
  /** 卡片占位符 */
  key: string;
}

/** `VideoDataDTO` of `alibaba.alihouse.newhome.rc.sync`. */
export interface AlibabaAlihouseNewhomeRcSyncVideoDataDTOInput {
  /** 视频下载链接 */
  video_url: string;
  /** 视频封面 */
  cover_image?: string;
  /** 外部视频id */
  id: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.rc.sync`. */
export interface AlibabaAlihouseNewhomeRcSyncResult {
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
  rc: {
    outer_rich_content_id: 'String',
    city_id: 'String',
    outer_ids: 'String',
    title: 'String',
    short_title: 'String',
    tags: ['String'],
    column_name: 'String',
    author: 'String',
    original: 'Number',
    publish_time: 'String',
    cover_images: 'String',
    keywords: ['String'],
    summary: 'String',
    source_rich_content: 'String',
    project_cards: [
      {
        outer_id: 'String',
        key: 'String',
      },
    ],
    video_mappings: [
      {
        video_url: 'String',
        cover_image: 'String',
        id: 'Number',
      },
    ],
    is_test: 'Number',
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

/** Static description of `alibaba.alihouse.newhome.rc.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeRcSyncOperation = {
  method: 'alibaba.alihouse.newhome.rc.sync',
  responseRoot: 'alibaba_alihouse_newhome_rc_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里房产图文草稿信息同步 — calls TOP method `alibaba.alihouse.newhome.rc.sync`.
 *
 * 接收图文草稿信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeRcSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeRcSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeRcSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeRcSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.rc.sync',
      responseRoot: 'alibaba_alihouse_newhome_rc_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
