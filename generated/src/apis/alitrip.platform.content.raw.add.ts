// Generated from specs/alitrippoi/alitrip.platform.content.raw.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.platform.content.raw.add` (穷游内容写入接口). */
export interface AlitripPlatformContentRawAddRequest {
  /** 写入入参 */
  fliggy_content_request?: AlitripPlatformContentRawAddFliggyContentRequestInput;
}

/** Response of `alitrip.platform.content.raw.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPlatformContentRawAddResponse {
  /** 返回包装类 */
  result?: AlitripPlatformContentRawAddBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FliggyContentRequest` of `alitrip.platform.content.raw.add`. */
export interface AlitripPlatformContentRawAddFliggyContentRequestInput {
  /** 内容摘要 */
  summary?: string;
  /** 发布时间 */
  publish_date?: DateInput;
  /** 发布者用户名 */
  user_name?: string;
  /** 标题 */
  title?: string;
  /** 城市信息 */
  citys?: string[];
  /** 发布者数字id */
  user_id?: string;
  /** 父文章ID */
  parent_id?: string;
  /** 内容正文 */
  content?: string;
  /** 标签列表 */
  tag_list?: string[];
  /** 视频封面url */
  video_cover_url?: string;
  /** 视频url */
  video_url?: string;
  /** 其它特征 */
  feature?: string;
  /** 文章类型 */
  article_type?: string;
  /** 文章ID */
  id?: string;
  /** 用户icon */
  user_icon?: string;
  /** 分类 */
  category?: string;
  /** 图片列表 */
  img_list?: string[];
}

/** `BaseResult` of `alitrip.platform.content.raw.add`. */
export interface AlitripPlatformContentRawAddBaseResult {
  /** 返回的数据实体 */
  data?: string;
  /** 是否执行成功 */
  success?: boolean;
  /** 时间 */
  server_time?: Int64;
  /** 标题 */
  title?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  fliggy_content_request: {
    summary: 'String',
    publish_date: 'Date',
    user_name: 'String',
    title: 'String',
    citys: ['String'],
    user_id: 'String',
    parent_id: 'String',
    content: 'String',
    tag_list: ['String'],
    video_cover_url: 'String',
    video_url: 'String',
    feature: 'String',
    article_type: 'String',
    id: 'String',
    user_icon: 'String',
    category: 'String',
    img_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    server_time: 'Number',
    title: 'String',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.platform.content.raw.add`: method, response root, request and response schemas. */
export const alitripPlatformContentRawAddOperation = {
  method: 'alitrip.platform.content.raw.add',
  responseRoot: 'alitrip_platform_content_raw_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 穷游内容写入接口 — calls TOP method `alitrip.platform.content.raw.add`.
 *
 * 穷游内容写入飞猪接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPlatformContentRawAdd(
  client: TopClient,
  request: AlitripPlatformContentRawAddRequest = {},
  options?: CallOptions,
): Promise<AlitripPlatformContentRawAddResponse> {
  return client.call<AlitripPlatformContentRawAddResponse>(
    {
      method: 'alitrip.platform.content.raw.add',
      responseRoot: 'alitrip_platform_content_raw_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
