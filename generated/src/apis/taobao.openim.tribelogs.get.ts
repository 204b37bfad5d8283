// Generated from specs/openim/taobao.openim.tribelogs.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribelogs.get` (openim 群聊天记录导出接口). */
export interface TaobaoOpenimTribelogsGetRequest {
  /** 群号 */
  tribe_id: string;
  /** 查询起始时间，UTC秒数。必须在一个月内。 */
  begin: Int64Input;
  /** 查询结束时间，UTC秒数。必须大于起始时间并小于当前时间 */
  end: Int64Input;
  /** 查询条数 */
  count: Int64Input;
  /** 迭代key */
  next?: string;
}

/** Response of `taobao.openim.tribelogs.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribelogsGetResponse {
  /** 错误码 */
  retCode?: Int64;
  /** 返回结构 */
  data?: TaobaoOpenimTribelogsGetTribeMessageResult;
  /** 错误信息 */
  message?: string;
  /** 错误原因 */
  reason?: string;
  /** 是否成功 */
  succ?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TribeMessageResult` of `taobao.openim.tribelogs.get`. */
export interface TaobaoOpenimTribelogsGetTribeMessageResult {
  /** 消息列表 */
  messages?: TaobaoOpenimTribelogsGetTribeMessage[];
  /** 迭代key */
  next_key?: string;
}

/** `TribeMessage` of `taobao.openim.tribelogs.get`. */
export interface TaobaoOpenimTribelogsGetTribeMessage {
  /** 消息内容节点序列 */
  content?: TaobaoOpenimTribelogsGetMessageItem[];
  /** 发送方 */
  from_id?: TaobaoOpenimTribelogsGetUser;
  /** 消息时间。UTC时间 */
  time?: Int64;
  /** 消息类型 */
  type?: Int64;
  /** 消息UUID */
  uuid?: Int64;
}

/** `MessageItem` of `taobao.openim.tribelogs.get`. */
export interface TaobaoOpenimTribelogsGetMessageItem {
  /** 节点类型 */
  type?: string;
  /** 节点值 */
  value?: string;
}

/** `User` of `taobao.openim.tribelogs.get`. */
export interface TaobaoOpenimTribelogsGetUser {
  /** 发送方所属app */
  app_key?: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** userid */
  uid?: string;
}

const REQUEST_SCHEMA = {
  tribe_id: 'String',
  begin: 'Number',
  end: 'Number',
  count: 'Number',
  next: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  retCode: 'Number',
  data: {
    messages: [
      {
        content: [
          {
            type: 'String',
            value: 'String',
          },
        ],
        from_id: {
          app_key: 'String',
          taobao_account: 'Boolean',
          uid: 'String',
        },
        time: 'Number',
        type: 'Number',
        uuid: 'Number',
      },
    ],
    next_key: 'String',
  },
  message: 'String',
  reason: 'String',
  succ: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribelogs.get`: method, response root, request and response schemas. */
export const taobaoOpenimTribelogsGetOperation = {
  method: 'taobao.openim.tribelogs.get',
  responseRoot: 'openim_tribelogs_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * openim 群聊天记录导出接口 — calls TOP method `taobao.openim.tribelogs.get`.
 *
 * 获取openim账号的群聊天记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribelogsGet(
  client: TopClient,
  request: TaobaoOpenimTribelogsGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribelogsGetResponse> {
  return client.call<TaobaoOpenimTribelogsGetResponse>(
    {
      method: 'taobao.openim.tribelogs.get',
      responseRoot: 'openim_tribelogs_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
