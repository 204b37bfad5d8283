// Generated from specs/moziacl/alibaba.mozi.acl.permissionpkg.add.permissions.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.permissionpkg.add.permissions` (权限套餐添加权限). */
export interface AlibabaMoziAclPermissionpkgAddPermissionsRequest {
  /** 请求对象 */
  parameters: AlibabaMoziAclPermissionpkgAddPermissionsUpdatePermissionsToPermissionPackageRequestInput;
}

/** Response of `alibaba.mozi.acl.permissionpkg.add.permissions`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclPermissionpkgAddPermissionsResponse {
  /** 返回结果对象 */
  result?: AlibabaMoziAclPermissionpkgAddPermissionsUpdatePermissionsToPermissionPackageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdatePermissionsToPermissionPackageRequest` of `alibaba.mozi.acl.permissionpkg.add.permissions`. */
export interface AlibabaMoziAclPermissionpkgAddPermissionsUpdatePermissionsToPermissionPackageRequestInput {
  /** 请求主体 */
  principal_param: AlibabaMoziAclPermissionpkgAddPermissionsBucUserPrincipalParamInput;
  /** 权限套餐唯一标识 */
  name: string;
  /** 权限唯一标识列表 */
  permission_names: string[];
  /** 请求扩展字段，返回数据中扩展字段值与此相同 */
  request_meta_data?: string;
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.permissionpkg.add.permissions`. */
export interface AlibabaMoziAclPermissionpkgAddPermissionsBucUserPrincipalParamInput {
  /** 租户名称，不需要填 */
  tenant_name?: string;
  /** 租户id */
  tenant_id: Int64Input;
  /** 账号id */
  user_id: Int64Input;
}

/** `UpdatePermissionsToPermissionPackageResult` of `alibaba.mozi.acl.permissionpkg.add.permissions`. */
export interface AlibabaMoziAclPermissionpkgAddPermissionsUpdatePermissionsToPermissionPackageResult {
  /** 返回data，此接口此字段返回值为空 */
  data?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 请求唯一id */
  request_id?: string;
  /** 响应message */
  response_message?: string;
  /** 扩展字段，值与入参扩展字段相同 */
  response_meta_data?: string;
  /** 响应code */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  parameters: {
    principal_param: {
      tenant_name: 'String',
      tenant_id: 'Number',
      user_id: 'Number',
    },
    name: 'String',
    permission_names: ['String'],
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

/** Static description of `alibaba.mozi.acl.permissionpkg.add.permissions`: method, response root, request and response schemas. */
export const alibabaMoziAclPermissionpkgAddPermissionsOperation = {
  method: 'alibaba.mozi.acl.permissionpkg.add.permissions',
  responseRoot: 'alibaba_mozi_acl_permissionpkg_add_permissions_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 权限套餐添加权限 — calls TOP method `alibaba.mozi.acl.permissionpkg.add.permissions`.
 *
 * 此接口的功能为：将一批应用下的权限添加到该应用下的权限套餐中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclPermissionpkgAddPermissions(
  client: TopClient,
  request: AlibabaMoziAclPermissionpkgAddPermissionsRequest,
  options?: CallOptions,
): Promise<AlibabaMoziAclPermissionpkgAddPermissionsResponse> {
  return client.call<AlibabaMoziAclPermissionpkgAddPermissionsResponse>(
    {
      method: 'alibaba.mozi.acl.permissionpkg.add.permissions',
      responseRoot: 'alibaba_mozi_acl_permissionpkg_add_permissions_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
