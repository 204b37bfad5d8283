// Generated from specs/openim/taobao.openim.chatlogs.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.chatlogs.get` (openim聊天记录查询接口). */
export interface TaobaoOpenimChatlogsGetRequest {
  /** 用户1信息 */
  user1: TaobaoOpenimChatlogsGetOpenImUserInput;
  /** 用户2信息 */
  user2: TaobaoOpenimChatlogsGetOpenImUserInput;
  /** 查询开始时间（UTC时间） */
  begin: Int64Input;
  /** 查询结束时间（UTC时间） */
  end: Int64Input;
  /** 查询条数 */
  count: Int64Input;
  /** 迭代key */
  next_key?: string;
}

/** Response of `taobao.openim.chatlogs.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimChatlogsGetResponse {
  /** 聊天记录查询结果 */
  result?: TaobaoOpenimChatlogsGetRoamingMessageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.chatlogs.get`. */
export interface TaobaoOpenimChatlogsGetOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key?: string;
}

/** `RoamingMessageResult` of `taobao.openim.chatlogs.get`. */
export interface TaobaoOpenimChatlogsGetRoamingMessageResult {
  /** 下次迭代key */
  next_key?: string;
  /** 消息列表 */
  messages?: TaobaoOpenimChatlogsGetRoamingMessage[];
}

/** `RoamingMessage` of `taobao.openim.chatlogs.get`. */
export interface TaobaoOpenimChatlogsGetRoamingMessage {
  /** 消息内容 */
  content_list?: TaobaoOpenimChatlogsGetRoamingMessageItem[];
  /** 消息时间（UTC时间） */
  time?: Int64;
  /** 消息方向。user1 -> user2 = 0 , user2->user1 = 1 */
  direction?: Int64;
  /** 消息唯一ID */
  uuid?: Int64;
  /** 消息类型 */
  type?: Int64;
}

/** `RoamingMessageItem` of `taobao.openim.chatlogs.get`. */
export interface TaobaoOpenimChatlogsGetRoamingMessageItem {
  /** 节点类型 */
  type?: string;
  /** 值 */
  value?: string;
}

const REQUEST_SCHEMA = {
  user1: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
  user2: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
  begin: 'Number',
  end: 'Number',
  count: 'Number',
  next_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    next_key: 'String',
    messages: [
      {
        content_list: [
          {
            type: 'String',
            value: 'String',
          },
        ],
        time: 'Number',
        direction: 'Number',
        uuid: 'Number',
        type: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.chatlogs.get`: method, response root, request and response schemas. */
export const taobaoOpenimChatlogsGetOperation = {
  method: 'taobao.openim.chatlogs.get',
  responseRoot: 'openim_chatlogs_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * openim聊天记录查询接口 — calls TOP method `taobao.openim.chatlogs.get`.
 *
 * 查询openim账号聊天记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimChatlogsGet(
  client: TopClient,
  request: TaobaoOpenimChatlogsGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimChatlogsGetResponse> {
  return client.call<TaobaoOpenimChatlogsGetResponse>(
    {
      method: 'taobao.openim.chatlogs.get',
      responseRoot: 'openim_chatlogs_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
