// Generated from specs/campus/alibaba.campus.acl.new.listuserroles.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.listuserroles` (查询并标记用户选择的角色). */
export interface AlibabaCampusAclNewListuserrolesRequest {
  /** 系统入参 */
  workbenchcontext?: AlibabaCampusAclNewListuserrolesWorkBenchContextInput;
  /** 入参 */
  param?: AlibabaCampusAclNewListuserrolesUserRoleQueryParamInput;
}

/** Response of `alibaba.campus.acl.new.listuserroles`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewListuserrolesResponse {
  /** result */
  result?: AlibabaCampusAclNewListuserrolesListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.listuserroles`. */
export interface AlibabaCampusAclNewListuserrolesWorkBenchContextInput {
  /** 应用 */
  system_id?: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id?: Int64Input;
}

/** `UserRoleQueryParam` of `alibaba.campus.acl.new.listuserroles`. */
export interface AlibabaCampusAclNewListuserrolesUserRoleQueryParamInput {
  /** 多应用 */
  app_keys?: string[];
  /** 用户账号 */
  user_id?: string;
  /** 是否支持有效期过滤 */
  return_not_effective?: boolean;
}

/** `ListResult` of `alibaba.campus.acl.new.listuserroles`. */
export interface AlibabaCampusAclNewListuserrolesListResult {
  /** content */
  contents?: AlibabaCampusAclNewListuserrolesSysRoleVo[];
  /** totalCount */
  total_count?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

/** `SysRoleVo` of `alibaba.campus.acl.new.listuserroles`. */
export interface AlibabaCampusAclNewListuserrolesSysRoleVo {
  /** id */
  id?: string;
  /** roleName */
  role_name?: string;
  /** 是否被用户选择 */
  granted?: string;
  /** 园区名称 */
  dept_name?: string;
}

const REQUEST_SCHEMA = {
  workbenchcontext: {
    system_id: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param: {
    app_keys: ['String'],
    user_id: 'String',
    return_not_effective: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        id: 'String',
        role_name: 'String',
        granted: 'String',
        dept_name: 'String',
      },
    ],
    total_count: 'Number',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.listuserroles`: method, response root, request and response schemas. */
export const alibabaCampusAclNewListuserrolesOperation = {
  method: 'alibaba.campus.acl.new.listuserroles',
  responseRoot: 'alibaba_campus_acl_new_listuserroles_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询并标记用户选择的角色 — calls TOP method `alibaba.campus.acl.new.listuserroles`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewListuserroles(
  client: TopClient,
  request: AlibabaCampusAclNewListuserrolesRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusAclNewListuserrolesResponse> {
  return client.call<AlibabaCampusAclNewListuserrolesResponse>(
    {
      method: 'alibaba.campus.acl.new.listuserroles',
      responseRoot: 'alibaba_campus_acl_new_listuserroles_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
