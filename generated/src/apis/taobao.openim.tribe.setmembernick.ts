// Generated from specs/openim/taobao.openim.tribe.setmembernick.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.setmembernick` (设置群成员昵称). */
export interface TaobaoOpenimTribeSetmembernickRequest {
  /** 发起设置昵称的操作者，如果是设置其他成员的昵称，只有普通组的群主和管理员有权限 */
  user: TaobaoOpenimTribeSetmembernickUserInput;
  /** 群id */
  tribe_id: Int64Input;
  /** 被设置昵称的群成员 */
  member: TaobaoOpenimTribeSetmembernickUserInput;
  /** 设置的昵称 */
  nick: string;
}

/** Response of `taobao.openim.tribe.setmembernick`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeSetmembernickResponse {
  /** 是否成功 */
  tribe_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `User` of `taobao.openim.tribe.setmembernick`. */
export interface TaobaoOpenimTribeSetmembernickUserInput {
  /** 账户appkey */
  app_key: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 用户id */
  uid: string;
}

const REQUEST_SCHEMA = {
  user: {
    app_key: 'String',
    taobao_account: 'Boolean',
    uid: 'String',
  },
  tribe_id: 'Number',
  member: {
    app_key: 'String',
    taobao_account: 'Boolean',
    uid: 'String',
  },
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.setmembernick`: method, response root, request and response schemas. */
export const taobaoOpenimTribeSetmembernickOperation = {
  method: 'taobao.openim.tribe.setmembernick',
  responseRoot: 'openim_tribe_setmembernick_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设置群成员昵称 — calls TOP method `taobao.openim.tribe.setmembernick`.
 *
 * 设置群成员昵称，存在如下两种场景
 * 1 群主或管理员设置群成员昵称，该操作有权限控制。只针对普通群的群主和管理员开发此功能；讨论组群主不支持此设置操作
 * 2 群成员设置自己的昵称，该功能对群所有成员开放
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeSetmembernick(
  client: TopClient,
  request: TaobaoOpenimTribeSetmembernickRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeSetmembernickResponse> {
  return client.call<TaobaoOpenimTribeSetmembernickResponse>(
    {
      method: 'taobao.openim.tribe.setmembernick',
      responseRoot: 'openim_tribe_setmembernick_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
