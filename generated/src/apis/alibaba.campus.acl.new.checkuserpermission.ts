// Generated from specs/campus/alibaba.campus.acl.new.checkuserpermission.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.checkuserpermission` (校验用户是否有权限). */
export interface AlibabaCampusAclNewCheckuserpermissionRequest {
  /** 系统入参 */
  workbenchcontext?: AlibabaCampusAclNewCheckuserpermissionWorkBenchContextInput;
  /** 接口入参 */
  check_user_permission_param: AlibabaCampusAclNewCheckuserpermissionCheckUserPermissionParamInput;
}

/** Response of `alibaba.campus.acl.new.checkuserpermission`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewCheckuserpermissionResponse {
  /** result */
  result?: AlibabaCampusAclNewCheckuserpermissionPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.checkuserpermission`. */
export interface AlibabaCampusAclNewCheckuserpermissionWorkBenchContextInput {
  /** 应用id */
  system_id: string;
  /** 公司id */
  company_id: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `CheckUserPermissionParam` of `alibaba.campus.acl.new.checkuserpermission`. */
export interface AlibabaCampusAclNewCheckuserpermissionCheckUserPermissionParamInput {
  /** 是否关联校验权限组下的权限 */
  hierarchical_check_permission_group?: boolean;
  /** 权限key */
  permission_key: string;
  /** 用户账号 */
  user_id: string;
  /** 是否关联角色和权限组下的权限校验 */
  hierarchical_check_role_permission_group?: boolean;
  /** 是否用户拥有菜单，就认为用户级联拥有菜单下的权限 */
  hierarchical_obtain_menu_permission?: boolean;
}

/** `PojoResult` of `alibaba.campus.acl.new.checkuserpermission`. */
export interface AlibabaCampusAclNewCheckuserpermissionPojoResult {
  /** 接口返回结果 */
  content?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  workbenchcontext: {
    system_id: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  check_user_permission_param: {
    hierarchical_check_permission_group: 'Boolean',
    permission_key: 'String',
    user_id: 'String',
    hierarchical_check_role_permission_group: 'Boolean',
    hierarchical_obtain_menu_permission: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.checkuserpermission`: method, response root, request and response schemas. */
export const alibabaCampusAclNewCheckuserpermissionOperation = {
  method: 'alibaba.campus.acl.new.checkuserpermission',
  responseRoot: 'alibaba_campus_acl_new_checkuserpermission_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验用户是否有权限 — calls TOP method `alibaba.campus.acl.new.checkuserpermission`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewCheckuserpermission(
  client: TopClient,
  request: AlibabaCampusAclNewCheckuserpermissionRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclNewCheckuserpermissionResponse> {
  return client.call<AlibabaCampusAclNewCheckuserpermissionResponse>(
    {
      method: 'alibaba.campus.acl.new.checkuserpermission',
      responseRoot: 'alibaba_campus_acl_new_checkuserpermission_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
