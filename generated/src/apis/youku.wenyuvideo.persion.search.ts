// Generated from specs/wenyuvideo/youku.wenyuvideo.persion.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.wenyuvideo.persion.search` (根据人物名称查询人物列表). */
export interface YoukuWenyuvideoPersionSearchRequest {
  /** 人物名字，搜索规则是完全匹配，即只返回同名人物列表 */
  person_name?: string;
}

/** Response of `youku.wenyuvideo.persion.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuWenyuvideoPersionSearchResponse {
  /** 接口返回model */
  result?: YoukuWenyuvideoPersionSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `youku.wenyuvideo.persion.search`. */
export interface YoukuWenyuvideoPersionSearchResult {
  /** 人物列表 */
  model?: YoukuWenyuvideoPersionSearchPersonDo;
  /** HTTP请求状态 */
  http_status_code?: Int64;
  /** 业务扩展数据 */
  biz_ext_map?: string;
  /** 业务错误码 */
  msg_code?: string;
  /** 业务错误提示 */
  msg_info?: string;
  /** 接口调用是否成功 */
  success?: boolean;
}

/** `PersonDo` of `youku.wenyuvideo.persion.search`. */
export interface YoukuWenyuvideoPersionSearchPersonDo {
  /** 人物ID */
  id?: Int64;
  /** 人物名字 */
  name?: string;
  /** 图片 */
  thumb_url?: string;
  /** 300*300人物头像 */
  thumb_url_lg?: string;
  /** 人物海报 */
  poster_url?: string;
  /** 人物写真 */
  poster_url_h?: string;
  /** 简介 */
  person_desc?: string;
}

const REQUEST_SCHEMA = {
  person_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      id: 'Number',
      name: 'String',
      thumb_url: 'String',
      thumb_url_lg: 'String',
      poster_url: 'String',
      poster_url_h: 'String',
      person_desc: 'String',
    },
    http_status_code: 'Number',
    biz_ext_map: 'String',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.wenyuvideo.persion.search`: method, response root, request and response schemas. */
export const youkuWenyuvideoPersionSearchOperation = {
  method: 'youku.wenyuvideo.persion.search',
  responseRoot: 'youku_wenyuvideo_persion_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据人物名称查询人物列表 — calls TOP method `youku.wenyuvideo.persion.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuWenyuvideoPersionSearch(
  client: TopClient,
  request: YoukuWenyuvideoPersionSearchRequest = {},
  options?: CallOptions,
): Promise<YoukuWenyuvideoPersionSearchResponse> {
  return client.call<YoukuWenyuvideoPersionSearchResponse>(
    {
      method: 'youku.wenyuvideo.persion.search',
      responseRoot: 'youku_wenyuvideo_persion_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
