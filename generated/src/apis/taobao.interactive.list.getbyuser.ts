// Generated from specs/media/taobao.interactive.list.getbyuser.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.interactive.list.getbyuser` (用户获取视频互动列表). */
export interface TaobaoInteractiveListGetbyuserRequest {
  /** 当前页 */
  current_page?: Int64Input;
  /** 每页多少 */
  page_size?: Int64Input;
}

/** Response of `taobao.interactive.list.getbyuser`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInteractiveListGetbyuserResponse {
  /** result */
  result?: TaobaoInteractiveListGetbyuserResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.interactive.list.getbyuser`. */
export interface TaobaoInteractiveListGetbyuserResult {
  /** 错误 */
  result_code?: TaobaoInteractiveListGetbyuserResultCode;
  /** 是否成功 */
  success?: boolean;
  /** model */
  model?: TaobaoInteractiveListGetbyuserPageQueryResult;
}

/** `ResultCode` of `taobao.interactive.list.getbyuser`. */
export interface TaobaoInteractiveListGetbyuserResultCode {
  /** 错误代码 */
  error_code?: Int64;
  /** 错误描述 */
  info?: string;
}

/** `PageQueryResult` of `taobao.interactive.list.getbyuser`. */
export interface TaobaoInteractiveListGetbyuserPageQueryResult {
  /** 总数 */
  total?: Int64;
  /** resultList */
  result_list?: TaobaoInteractiveListGetbyuserResultlist[];
}

/** `Resultlist` of `taobao.interactive.list.getbyuser`. */
export interface TaobaoInteractiveListGetbyuserResultlist {
  /** 互动id */
  id?: Int64;
  /** 视频链接，需要unicode转换 */
  video_url?: string;
  /** 封面图url */
  cover_url?: string;
  /** 视频时长 单位秒 */
  duration?: Int64;
  /** 视频标题 */
  title?: string;
  /** 视频状态，1有效；0删除 */
  video_status?: Int64;
}

const REQUEST_SCHEMA = {
  current_page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: {
      error_code: 'Number',
      info: 'String',
    },
    success: 'Boolean',
    model: {
      total: 'Number',
      result_list: [
        {
          id: 'Number',
          video_url: 'String',
          cover_url: 'String',
          duration: 'Number',
          title: 'String',
          video_status: 'Number',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.interactive.list.getbyuser`: method, response root, request and response schemas. */
export const taobaoInteractiveListGetbyuserOperation = {
  method: 'taobao.interactive.list.getbyuser',
  responseRoot: 'interactive_list_getbyuser_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户获取视频互动列表 — calls TOP method `taobao.interactive.list.getbyuser`.
 *
 * 根据用户来获取用户编辑的互动列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInteractiveListGetbyuser(
  client: TopClient,
  request: TaobaoInteractiveListGetbyuserRequest = {},
  options?: CallOptions,
): Promise<TaobaoInteractiveListGetbyuserResponse> {
  return client.call<TaobaoInteractiveListGetbyuserResponse>(
    {
      method: 'taobao.interactive.list.getbyuser',
      responseRoot: 'interactive_list_getbyuser_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
