// Generated from specs/moziacl/alibaba.mozi.acl.permissionpkg.add.roles.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.permissionpkg.add.roles` (将角色添加到权限套餐中). */
export interface AlibabaMoziAclPermissionpkgAddRolesRequest {
  /** 请求入参对象 */
  parameters: AlibabaMoziAclPermissionpkgAddRolesUpdateRolesToPermissionPackageRequestInput;
}

/** Response of `alibaba.mozi.acl.permissionpkg.add.roles`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclPermissionpkgAddRolesResponse {
  /** 返回结果对象 */
  result?: AlibabaMoziAclPermissionpkgAddRolesUpdateRolesToPermissionPackageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateRolesToPermissionPackageRequest` of `alibaba.mozi.acl.permissionpkg.add.roles`. */
export interface AlibabaMoziAclPermissionpkgAddRolesUpdateRolesToPermissionPackageRequestInput {
  /** 请求主体 */
  principal_param: AlibabaMoziAclPermissionpkgAddRolesBucUserPrincipalParamInput;
  /** 权限套餐唯一标识 */
  name: string;
  /** 角色唯一标识列表 */
  role_names: string[];
  /** 请求扩展字段 */
  request_meta_data?: string;
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.permissionpkg.add.roles`. */
export interface AlibabaMoziAclPermissionpkgAddRolesBucUserPrincipalParamInput {
  /** 租户id */
  tenant_id: Int64Input;
  /** 账号id */
  user_id: Int64Input;
}

/** `UpdateRolesToPermissionPackageResult` of `alibaba.mozi.acl.permissionpkg.add.roles`. */
export interface AlibabaMoziAclPermissionpkgAddRolesUpdateRolesToPermissionPackageResult {
  /** 返回data，此接口此字段返回值为空 */
  data?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 请求唯一id */
  request_id?: string;
  /** 响应message，提供异常信息 */
  response_message?: string;
  /** 扩展字段，值与入参扩展字段相同 */
  response_meta_data?: string;
  /** 响应code */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  parameters: {
    principal_param: {
      tenant_id: 'Number',
      user_id: 'Number',
    },
    name: 'String',
    role_names: ['String'],
    request_meta_data: 'String',
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

/** Static description of `alibaba.mozi.acl.permissionpkg.add.roles`: method, response root, request and response schemas. */
export const alibabaMoziAclPermissionpkgAddRolesOperation = {
  method: 'alibaba.mozi.acl.permissionpkg.add.roles',
  responseRoot: 'alibaba_mozi_acl_permissionpkg_add_roles_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 将角色添加到权限套餐中 — calls TOP method `alibaba.mozi.acl.permissionpkg.add.roles`.
 *
 * 此接口是将应用下的一批角色添加到该应用的某个权限套餐中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclPermissionpkgAddRoles(
  client: TopClient,
  request: AlibabaMoziAclPermissionpkgAddRolesRequest,
  options?: CallOptions,
): Promise<AlibabaMoziAclPermissionpkgAddRolesResponse> {
  return client.call<AlibabaMoziAclPermissionpkgAddRolesResponse>(
    {
      method: 'alibaba.mozi.acl.permissionpkg.add.roles',
      responseRoot: 'alibaba_mozi_acl_permissionpkg_add_roles_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
