// Generated from specs/subuser/taobao.sellercenter.roles.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercenter.roles.get` (获取指定卖家的角色列表). */
export interface TaobaoSellercenterRolesGetRequest {
  /**
   * 卖家昵称(只允许查询自己的信息：当前登陆者)
   *
   * Max length: 500
   */
  nick: string;
}

/** Response of `taobao.sellercenter.roles.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercenterRolesGetResponse {
  /**
   * 卖家子账号角色列表。
   * 返回对象为 role数据对象中的role_id，role_name，description，seller_id，create_time，modified_time。不包含permissions(权限点)
   */
  roles?: TaobaoSellercenterRolesGetRole[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Role` of `taobao.sellercenter.roles.get`. */
export interface TaobaoSellercenterRolesGetRole {
  /** 角色id */
  role_id?: Int64;
  /** 角色描述 */
  description?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 创建时间 */
  create_time?: string;
  /** 卖家Id */
  seller_id?: Int64;
  /** 角色名 */
  role_name?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  roles: [
    {
      role_id: 'Number',
      description: 'String',
      modified_time: 'Date',
      create_time: 'Date',
      seller_id: 'Number',
      role_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercenter.roles.get`: method, response root, request and response schemas. */
export const taobaoSellercenterRolesGetOperation = {
  method: 'taobao.sellercenter.roles.get',
  responseRoot: 'sellercenter_roles_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取指定卖家的角色列表 — calls TOP method `taobao.sellercenter.roles.get`.
 *
 * 获取指定卖家的角色列表，只能获取属于登陆者自己的信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercenterRolesGet(
  client: TopClient,
  request: TaobaoSellercenterRolesGetRequest,
  options?: CallOptions,
): Promise<TaobaoSellercenterRolesGetResponse> {
  return client.call<TaobaoSellercenterRolesGetResponse>(
    {
      method: 'taobao.sellercenter.roles.get',
      responseRoot: 'sellercenter_roles_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
