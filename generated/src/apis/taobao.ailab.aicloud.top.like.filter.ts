// Generated from specs/iot/taobao.ailab.aicloud.top.like.filter.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.like.filter` (过滤列表歌曲存在于收藏列表的). */
export interface TaobaoAilabAicloudTopLikeFilterRequest {
  /** 账户体系隔离 */
  schema: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 音频收藏类型, 四种类型：music,children_song,program,story */
  type: string;
  /**
   * 传入的歌曲列表
   *
   * Max list size: 20
   */
  media_items?: TaobaoAilabAicloudTopLikeFilterMediaItemInput[];
}

/** Response of `taobao.ailab.aicloud.top.like.filter`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopLikeFilterResponse {
  /** result */
  result?: TaobaoAilabAicloudTopLikeFilterAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MediaItem` of `taobao.ailab.aicloud.top.like.filter`. */
export interface TaobaoAilabAicloudTopLikeFilterMediaItemInput {
  /** json格式附加信息 */
  content?: string;
  /** 专辑id */
  album_id?: string;
  /** 歌曲源 */
  source: string;
  /** 歌曲长度 */
  length?: Int64Input;
  /** 是否为专辑 */
  is_album?: boolean;
  /** 歌曲id */
  item_id: string;
  /** 扩展字段 */
  extend_info?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.like.filter`. */
export interface TaobaoAilabAicloudTopLikeFilterAiCloudResult {
  /** model */
  likes?: TaobaoAilabAicloudTopLikeFilterLike[];
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `Like` of `taobao.ailab.aicloud.top.like.filter`. */
export interface TaobaoAilabAicloudTopLikeFilterLike {
  /** 收藏音频源 */
  source?: string;
  /** 收藏音频id */
  id?: string;
  /** 收藏音频专辑名 */
  album?: string;
  /** 收藏音频演唱者 */
  author?: string;
  /** 收藏音频名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  type: 'String',
  media_items: [
    {
      content: 'String',
      album_id: 'String',
      source: 'String',
      length: 'Number',
      is_album: 'Boolean',
      item_id: 'String',
      extend_info: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    likes: [
      {
        source: 'String',
        id: 'String',
        album: 'String',
        author: 'String',
        name: 'String',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.like.filter`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopLikeFilterOperation = {
  method: 'taobao.ailab.aicloud.top.like.filter',
  responseRoot: 'ailab_aicloud_top_like_filter_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 过滤列表歌曲存在于收藏列表的 — calls TOP method `taobao.ailab.aicloud.top.like.filter`.
 *
 * 过滤出传入列表歌曲存在于收藏列表的
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopLikeFilter(
  client: TopClient,
  request: TaobaoAilabAicloudTopLikeFilterRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopLikeFilterResponse> {
  return client.call<TaobaoAilabAicloudTopLikeFilterResponse>(
    {
      method: 'taobao.ailab.aicloud.top.like.filter',
      responseRoot: 'ailab_aicloud_top_like_filter_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
