// Generated from specs/campus/alibaba.campus.acl.new.pageuserrole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.pageuserrole` (分页查询管理员). */
export interface AlibabaCampusAclNewPageuserroleRequest {
  /** 系统入参 */
  workbenchcontext: AlibabaCampusAclNewPageuserroleWorkBenchContextInput;
  /** 入参 */
  users_role_query_param: AlibabaCampusAclNewPageuserroleUsersRoleQueryParamInput;
}

/** Response of `alibaba.campus.acl.new.pageuserrole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewPageuserroleResponse {
  /** result */
  result?: AlibabaCampusAclNewPageuserrolePageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.pageuserrole`. */
export interface AlibabaCampusAclNewPageuserroleWorkBenchContextInput {
  /** appkey */
  system_id: string;
  /** 公司id */
  company_id: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `UsersRoleQueryParam` of `alibaba.campus.acl.new.pageuserrole`. */
export interface AlibabaCampusAclNewPageuserroleUsersRoleQueryParamInput {
  /** 角色key */
  role_key?: string;
  /** 多应用 */
  app_keys?: string[];
  /** 是否支持有效期 */
  return_not_effective?: boolean;
  /** 用户账号 */
  user_ids?: string[];
  /** 每页大小 */
  page_size?: Int64Input;
  /** 角色名称 */
  role_name?: string;
  /** true,返回用户拥有的所有角色；false 只返回roleId, roleName,roleType,roleKey过滤出来的角色 */
  return_all_user_role?: boolean;
  /** 角色主键id */
  role_id?: Int64Input;
  /** 当前页码 */
  page_num?: Int64Input;
  /** 园区id */
  dept_id?: string;
}

/** `PageResult` of `alibaba.campus.acl.new.pageuserrole`. */
export interface AlibabaCampusAclNewPageuserrolePageResult {
  /** content */
  content?: AlibabaCampusAclNewPageuserrolePage;
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
}

/** `Page` of `alibaba.campus.acl.new.pageuserrole`. */
export interface AlibabaCampusAclNewPageuserrolePage {
  /** 总计数 */
  total?: Int64;
  /** 返回内容 */
  items?: AlibabaCampusAclNewPageuserroleUserRolesDto[];
  /** 每页大小 */
  page_size?: Int64;
  /** 当前页码 */
  current_page?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `UserRolesDto` of `alibaba.campus.acl.new.pageuserrole`. */
export interface AlibabaCampusAclNewPageuserroleUserRolesDto {
  /** 用户账号 */
  user_id?: string;
  /** 用户名称 */
  user_name?: string;
  /** roleList */
  role_list?: AlibabaCampusAclNewPageuserroleSysRoleDto[];
}

/** `SysRoleDto` of `alibaba.campus.acl.new.pageuserrole`. */
export interface AlibabaCampusAclNewPageuserroleSysRoleDto {
  /** 角色id */
  id?: string;
  /** appKey */
  app_key?: string;
  /** 租户 */
  tenant?: string;
  /** 角色名称 */
  role_name?: string;
  /** 角色描述 */
  role_desc?: string;
  /** 角色key */
  role_key?: string;
}

const REQUEST_SCHEMA = {
  workbenchcontext: {
    system_id: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  users_role_query_param: {
    role_key: 'String',
    app_keys: ['String'],
    return_not_effective: 'Boolean',
    user_ids: ['String'],
    page_size: 'Number',
    role_name: 'String',
    return_all_user_role: 'Boolean',
    role_id: 'Number',
    page_num: 'Number',
    dept_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      total: 'Number',
      items: [
        {
          user_id: 'String',
          user_name: 'String',
          role_list: [
            {
              id: 'String',
              app_key: 'String',
              tenant: 'String',
              role_name: 'String',
              role_desc: 'String',
              role_key: 'String',
            },
          ],
        },
      ],
      page_size: 'Number',
      current_page: 'Number',
      total_page: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.pageuserrole`: method, response root, request and response schemas. */
export const alibabaCampusAclNewPageuserroleOperation = {
  method: 'alibaba.campus.acl.new.pageuserrole',
  responseRoot: 'alibaba_campus_acl_new_pageuserrole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询管理员 — calls TOP method `alibaba.campus.acl.new.pageuserrole`.
 *
 * 新增用户和角色的关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewPageuserrole(
  client: TopClient,
  request: AlibabaCampusAclNewPageuserroleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclNewPageuserroleResponse> {
  return client.call<AlibabaCampusAclNewPageuserroleResponse>(
    {
      method: 'alibaba.campus.acl.new.pageuserrole',
      responseRoot: 'alibaba_campus_acl_new_pageuserrole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
