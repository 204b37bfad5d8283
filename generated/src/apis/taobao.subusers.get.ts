// Generated from specs/subuser/taobao.subusers.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subusers.get` (获取指定账户的子账号简易信息列表). */
export interface TaobaoSubusersGetRequest {
  /** 主账号用户名 */
  user_nick: string;
}

/** Response of `taobao.subusers.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubusersGetResponse {
  /** 子账号基本信息 */
  subaccounts?: TaobaoSubusersGetSubAccountInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubAccountInfo` of `taobao.subusers.get`. */
export interface TaobaoSubusersGetSubAccountInfo {
  /** 123456 */
  sub_id?: Int64;
  /** 1 */
  sub_status?: Int64;
  /** 654321 */
  user_id?: Int64;
  /** true */
  sub_dispatch_status?: boolean;
  /** true */
  sub_owed_status?: boolean;
  /** zhangsan:no1 */
  sub_nick?: string;
  /** zhangsan */
  user_nick?: string;
  /** 小红 */
  sub_name?: string;
}

const REQUEST_SCHEMA = {
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  subaccounts: [
    {
      sub_id: 'Number',
      sub_status: 'Number',
      user_id: 'Number',
      sub_dispatch_status: 'Boolean',
      sub_owed_status: 'Boolean',
      sub_nick: 'String',
      user_nick: 'String',
      sub_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.subusers.get`: method, response root, request and response schemas. */
export const taobaoSubusersGetOperation = {
  method: 'taobao.subusers.get',
  responseRoot: 'subusers_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取指定账户的子账号简易信息列表 — calls TOP method `taobao.subusers.get`.
 *
 * 获取主账号下的子账号简易账号信息集合。（只能通过主账号登陆并且查询该属于主账号的子账号信息）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubusersGet(
  client: TopClient,
  request: TaobaoSubusersGetRequest,
  options?: CallOptions,
): Promise<TaobaoSubusersGetResponse> {
  return client.call<TaobaoSubusersGetResponse>(
    {
      method: 'taobao.subusers.get',
      responseRoot: 'subusers_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
