// Generated from specs/openim/taobao.openim.tribe.getmembers.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.getmembers` (OPENIM群成员获取). */
export interface TaobaoOpenimTribeGetmembersRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeGetmembersOpenImUserInput;
  /** 群id */
  tribe_id: Int64Input;
}

/** Response of `taobao.openim.tribe.getmembers`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeGetmembersResponse {
  /** OPENIM群成员列表 */
  tribe_user_list?: TaobaoOpenimTribeGetmembersTribeUser[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.getmembers`. */
export interface TaobaoOpenimTribeGetmembersOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key: string;
}

/** `TribeUser` of `taobao.openim.tribe.getmembers`. */
export interface TaobaoOpenimTribeGetmembersTribeUser {
  /** 用户id */
  uid?: string;
  /** 群成员角色 */
  role?: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key?: string;
}

const REQUEST_SCHEMA = {
  user: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
  tribe_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_user_list: [
    {
      uid: 'String',
      role: 'String',
      taobao_account: 'Boolean',
      app_key: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.getmembers`: method, response root, request and response schemas. */
export const taobaoOpenimTribeGetmembersOperation = {
  method: 'taobao.openim.tribe.getmembers',
  responseRoot: 'openim_tribe_getmembers_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OPENIM群成员获取 — calls TOP method `taobao.openim.tribe.getmembers`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeGetmembers(
  client: TopClient,
  request: TaobaoOpenimTribeGetmembersRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeGetmembersResponse> {
  return client.call<TaobaoOpenimTribeGetmembersResponse>(
    {
      method: 'taobao.openim.tribe.getmembers',
      responseRoot: 'openim_tribe_getmembers_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
