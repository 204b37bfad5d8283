// Generated from specs/campus/alibaba.campus.acl.new.listroles.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.listroles` (查询全部角色). */
export interface AlibabaCampusAclNewListrolesRequest {
  /** 系统入参 */
  workbenchcontext: AlibabaCampusAclNewListrolesWorkBenchContextInput;
  /** 入参 */
  rolequeryparam?: AlibabaCampusAclNewListrolesRoleQueryParamInput;
}

/** Response of `alibaba.campus.acl.new.listroles`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewListrolesResponse {
  /** result */
  result?: AlibabaCampusAclNewListrolesListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.listroles`. */
export interface AlibabaCampusAclNewListrolesWorkBenchContextInput {
  /** 应用app */
  system_id: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `RoleQueryParam` of `alibaba.campus.acl.new.listroles`. */
export interface AlibabaCampusAclNewListrolesRoleQueryParamInput {
  /** 支持多应用 */
  app_keys?: string[];
  /** 角色名称 */
  role_name?: string;
  /** 园区 */
  dept_id?: string;
}

/** `ListResult` of `alibaba.campus.acl.new.listroles`. */
export interface AlibabaCampusAclNewListrolesListResult {
  /** content */
  contents?: AlibabaCampusAclNewListrolesSysRoleDto[];
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
}

/** `SysRoleDto` of `alibaba.campus.acl.new.listroles`. */
export interface AlibabaCampusAclNewListrolesSysRoleDto {
  /** 角色主键id */
  id?: Int64;
  /** 角色key */
  role_key?: string;
  /** 角色属于哪个租户 */
  tenant?: string;
  /** 应用 */
  app_key?: string;
  /** 园区 */
  dept_id?: string;
  /** 园区名称 */
  dept_name?: string;
  /** 角色名称 */
  role_name?: string;
  /** 角色描述 */
  role_desc?: string;
  /** 角色类型 */
  role_type?: string;
}

const REQUEST_SCHEMA = {
  workbenchcontext: {
    system_id: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  rolequeryparam: {
    app_keys: ['String'],
    role_name: 'String',
    dept_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        id: 'Number',
        role_key: 'String',
        tenant: 'String',
        app_key: 'String',
        dept_id: 'String',
        dept_name: 'String',
        role_name: 'String',
        role_desc: 'String',
        role_type: 'String',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.listroles`: method, response root, request and response schemas. */
export const alibabaCampusAclNewListrolesOperation = {
  method: 'alibaba.campus.acl.new.listroles',
  responseRoot: 'alibaba_campus_acl_new_listroles_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询全部角色 — calls TOP method `alibaba.campus.acl.new.listroles`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewListroles(
  client: TopClient,
  request: AlibabaCampusAclNewListrolesRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclNewListrolesResponse> {
  return client.call<AlibabaCampusAclNewListrolesResponse>(
    {
      method: 'alibaba.campus.acl.new.listroles',
      responseRoot: 'alibaba_campus_acl_new_listroles_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
