// Generated from specs/fans/tmall.fans.arena.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.fans.arena.push` (消息推送). */
export interface TmallFansArenaPushRequest {
  /**
   * 推送列表
   *
   * Max list size: 20
   */
  push_list?: TmallFansArenaPushPushMessageParamDoInput[];
}

/** Response of `tmall.fans.arena.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallFansArenaPushResponse {
  /** 返回对象 */
  result?: TmallFansArenaPushFansResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PushMessageParamDo` of `tmall.fans.arena.push`. */
export interface TmallFansArenaPushPushMessageParamDoInput {
  /** 活动id */
  activity_id?: string;
  /** 品牌名 */
  brand_name?: string;
  /** 消息类型 */
  message_type?: string;
  /** mixnick */
  mix_nick?: string;
}

/** `FansResult` of `tmall.fans.arena.push`. */
export interface TmallFansArenaPushFansResult {
  /** 推送成功列表 */
  data_list?: boolean[];
  /** 无意义 */
  total_num?: Int64;
  /** 调用成功失败 */
  success?: boolean;
  /** 失败message */
  error_message?: string;
  /** 失败错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  push_list: [
    {
      activity_id: 'String',
      brand_name: 'String',
      message_type: 'String',
      mix_nick: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: ['Boolean'],
    total_num: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.fans.arena.push`: method, response root, request and response schemas. */
export const tmallFansArenaPushOperation = {
  method: 'tmall.fans.arena.push',
  responseRoot: 'tmall_fans_arena_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息推送 — calls TOP method `tmall.fans.arena.push`.
 *
 * 超级擂台消息推送
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallFansArenaPush(
  client: TopClient,
  request: TmallFansArenaPushRequest = {},
  options?: CallOptions,
): Promise<TmallFansArenaPushResponse> {
  return client.call<TmallFansArenaPushResponse>(
    {
      method: 'tmall.fans.arena.push',
      responseRoot: 'tmall_fans_arena_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
