// Generated from specs/subuser/taobao.sellercenter.user.permissions.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercenter.user.permissions.get` (获取指定用户的权限集合). */
export interface TaobaoSellercenterUserPermissionsGetRequest {
  /** 用户标识，次入参必须为子账号比如zhangsan:cool。如果只输入主账号zhangsan，将报错。 */
  nick: string;
}

/** Response of `taobao.sellercenter.user.permissions.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercenterUserPermissionsGetResponse {
  /** 权限列表 */
  permissions?: TaobaoSellercenterUserPermissionsGetPermission[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Permission` of `taobao.sellercenter.user.permissions.get`. */
export interface TaobaoSellercenterUserPermissionsGetPermission {
  /** 注册到权限中心的code值 */
  permission_code?: string;
  /** 权限名称 */
  permission_name?: string;
  /** 父权限code */
  parent_code?: string;
  /** 1 :允许授权 2：不允许授权 6：不允许授权但默认已有权限 */
  is_authorize?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  permissions: [
    {
      permission_code: 'String',
      permission_name: 'String',
      parent_code: 'String',
      is_authorize: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercenter.user.permissions.get`: method, response root, request and response schemas. */
export const taobaoSellercenterUserPermissionsGetOperation = {
  method: 'taobao.sellercenter.user.permissions.get',
  responseRoot: 'sellercenter_user_permissions_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取指定用户的权限集合 — calls TOP method `taobao.sellercenter.user.permissions.get`.
 *
 * 获取指定用户的权限集合，并不组装成树。如果是主账号，返回所有的权限列表；如果是子账号，返回所有已授权的权限。只能查询属于自己的账号信息 (如果是主账号，则是主账号以及所属子账号，如果是子账号则是对应主账号以及所属子账号)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercenterUserPermissionsGet(
  client: TopClient,
  request: TaobaoSellercenterUserPermissionsGetRequest,
  options?: CallOptions,
): Promise<TaobaoSellercenterUserPermissionsGetResponse> {
  return client.call<TaobaoSellercenterUserPermissionsGetResponse>(
    {
      method: 'taobao.sellercenter.user.permissions.get',
      responseRoot: 'sellercenter_user_permissions_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
