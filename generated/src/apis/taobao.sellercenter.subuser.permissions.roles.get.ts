// Generated from specs/subuser/taobao.sellercenter.subuser.permissions.roles.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercenter.subuser.permissions.roles.get` (查询指定的子账号的权限和角色信息). */
export interface TaobaoSellercenterSubuserPermissionsRolesGetRequest {
  /**
   * 子账号昵称(子账号标识)
   *
   * Max length: 100
   */
  nick: string;
}

/** Response of `taobao.sellercenter.subuser.permissions.roles.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercenterSubuserPermissionsRolesGetResponse {
  /** 子账号被所拥有的权限 */
  subuser_permission?: TaobaoSellercenterSubuserPermissionsRolesGetSubUserPermission;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubUserPermission` of `taobao.sellercenter.subuser.permissions.roles.get`. */
export interface TaobaoSellercenterSubuserPermissionsRolesGetSubUserPermission {
  /** 子账号被赋予的角色信息(Role)列表。列表中的角色对象只有role_id，role_name，permissions信息 */
  roles?: TaobaoSellercenterSubuserPermissionsRolesGetRole[];
  /** 子账号被直接赋予的权限点列表 */
  permissions?: TaobaoSellercenterSubuserPermissionsRolesGetPermission[];
}

/** `Role` of `taobao.sellercenter.subuser.permissions.roles.get`. */
export interface TaobaoSellercenterSubuserPermissionsRolesGetRole {
  /** 角色id */
  role_id?: Int64;
  /** 角色名 */
  role_name?: string;
  /** 角色描述 */
  description?: string;
  /** 所拥有权限 */
  permissions?: TaobaoSellercenterSubuserPermissionsRolesGetPermission[];
}

/** `Permission` of `taobao.sellercenter.subuser.permissions.roles.get`. */
export interface TaobaoSellercenterSubuserPermissionsRolesGetPermission {
  /** 注册到权限中心的code值 */
  permission_code?: string;
  /** 1 :允许授权 2：不允许授权 6：不允许授权但默认已有权限 */
  is_authorize?: Int64;
  /** 权限名称 */
  permission_name?: string;
  /** 父权限code */
  parent_code?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  subuser_permission: {
    roles: [
      {
        role_id: 'Number',
        role_name: 'String',
        description: 'String',
        permissions: [
          {
            permission_code: 'String',
            is_authorize: 'Number',
            permission_name: 'String',
            parent_code: 'String',
          },
        ],
      },
    ],
    permissions: [
      {
        permission_code: 'String',
        is_authorize: 'Number',
        permission_name: 'String',
        parent_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercenter.subuser.permissions.roles.get`: method, response root, request and response schemas. */
export const taobaoSellercenterSubuserPermissionsRolesGetOperation = {
  method: 'taobao.sellercenter.subuser.permissions.roles.get',
  responseRoot: 'sellercenter_subuser_permissions_roles_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询指定的子账号的权限和角色信息 — calls TOP method `taobao.sellercenter.subuser.permissions.roles.get`.
 *
 * 查询指定的子账号的被直接赋予的权限信息和角色信息。
 * 返回对象中包括直接赋予子账号的权限点信息、被赋予的角色以及角色的对应权限点信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercenterSubuserPermissionsRolesGet(
  client: TopClient,
  request: TaobaoSellercenterSubuserPermissionsRolesGetRequest,
  options?: CallOptions,
): Promise<TaobaoSellercenterSubuserPermissionsRolesGetResponse> {
  return client.call<TaobaoSellercenterSubuserPermissionsRolesGetResponse>(
    {
      method: 'taobao.sellercenter.subuser.permissions.roles.get',
      responseRoot: 'sellercenter_subuser_permissions_roles_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
