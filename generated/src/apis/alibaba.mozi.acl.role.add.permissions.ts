// Generated from specs/moziacl/alibaba.mozi.acl.role.add.permissions.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.role.add.permissions` (角色添加功能权限). */
export interface AlibabaMoziAclRoleAddPermissionsRequest {
  /** 角色添加功能权限请求对象 */
  add_permissions_to_role: AlibabaMoziAclRoleAddPermissionsAddPermissionToRoleRequestInput;
}

/** Response of `alibaba.mozi.acl.role.add.permissions`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclRoleAddPermissionsResponse {
  /** 角色移除功能权限结果对象 */
  result?: AlibabaMoziAclRoleAddPermissionsAddPermissionToRoleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddPermissionToRoleRequest` of `alibaba.mozi.acl.role.add.permissions`. */
export interface AlibabaMoziAclRoleAddPermissionsAddPermissionToRoleRequestInput {
  /** 操作主体 */
  principal_param: AlibabaMoziAclRoleAddPermissionsBucPrincipalParamInput;
  /** 角色所在应用name(应用唯一code) */
  target_app_name?: string;
  /** 操作原因 */
  apply_reason?: string;
  /** 请求参数扩展字段 */
  request_meta_data?: string;
  /** 角色name(角色唯一code，在ACL中全局唯一) */
  role_name: string;
  /** 要添加的权限name列表(功能权限唯一code，在ACL中全局唯一) */
  permission_names: string[];
}

/** `BucPrincipalParam` of `alibaba.mozi.acl.role.add.permissions`. */
export interface AlibabaMoziAclRoleAddPermissionsBucPrincipalParamInput {
  /** 操作人所在租户 */
  user_id?: Int64Input;
  /** 操作人userId */
  tenant_id: Int64Input;
}

/** `AddPermissionToRoleResult` of `alibaba.mozi.acl.role.add.permissions`. */
export interface AlibabaMoziAclRoleAddPermissionsAddPermissionToRoleResult {
  /** 返回数据，这个接口返回数据为空 */
  data?: string;
  /** 是否处理成功，若成功则返回true */
  success?: boolean;
  /** 请求唯一id */
  request_id?: string;
  /** 响应结果message，若处理失败则返回失败原因 */
  response_message?: string;
  /** 扩展字段，与入参扩展字段值相同 */
  response_meta_data?: string;
  /** 响应code */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  add_permissions_to_role: {
    principal_param: {
      user_id: 'Number',
      tenant_id: 'Number',
    },
    target_app_name: 'String',
    apply_reason: 'String',
    request_meta_data: 'String',
    role_name: 'String',
    permission_names: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    request_id: 'String',
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.acl.role.add.permissions`: method, response root, request and response schemas. */
export const alibabaMoziAclRoleAddPermissionsOperation = {
  method: 'alibaba.mozi.acl.role.add.permissions',
  responseRoot: 'alibaba_mozi_acl_role_add_permissions_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 角色添加功能权限 — calls TOP method `alibaba.mozi.acl.role.add.permissions`.
 *
 * 往角色中添加一批功能权限
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclRoleAddPermissions(
  client: TopClient,
  request: AlibabaMoziAclRoleAddPermissionsRequest,
  options?: CallOptions,
): Promise<AlibabaMoziAclRoleAddPermissionsResponse> {
  return client.call<AlibabaMoziAclRoleAddPermissionsResponse>(
    {
      method: 'alibaba.mozi.acl.role.add.permissions',
      responseRoot: 'alibaba_mozi_acl_role_add_permissions_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
