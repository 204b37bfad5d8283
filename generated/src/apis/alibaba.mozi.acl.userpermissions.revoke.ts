// Generated from specs/moziacl/alibaba.mozi.acl.userpermissions.revoke.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.userpermissions.revoke` (回收账户权限). */
export interface AlibabaMoziAclUserpermissionsRevokeRequest {
  /** 回收权限入参对象 */
  revoke_permission: AlibabaMoziAclUserpermissionsRevokeRevokePermissionsRequestInput;
}

/** Response of `alibaba.mozi.acl.userpermissions.revoke`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclUserpermissionsRevokeResponse {
  /** 回收账户的权限请求返回对象 */
  result?: AlibabaMoziAclUserpermissionsRevokeRevokePermissionsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RevokePermissionsRequest` of `alibaba.mozi.acl.userpermissions.revoke`. */
export interface AlibabaMoziAclUserpermissionsRevokeRevokePermissionsRequestInput {
  /** 回收主体对象 */
  principal: AlibabaMoziAclUserpermissionsRevokeBucUserPrincipalParamInput;
  /** 回收权限所在的app name */
  target_app_name?: string;
  /** 回收权限的name列表 */
  permission_names: string[];
  /** 请求扩展字段 */
  request_meta_data: string;
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.userpermissions.revoke`. */
export interface AlibabaMoziAclUserpermissionsRevokeBucUserPrincipalParamInput {
  /** 回收主体的userId */
  user_id: Int64Input;
  /** 回收主体所在的租户Id */
  tenant_id: Int64Input;
}

/** `RevokePermissionsResult` of `alibaba.mozi.acl.userpermissions.revoke`. */
export interface AlibabaMoziAclUserpermissionsRevokeRevokePermissionsResult {
  /** 是否调用成功，成功则为true */
  success?: boolean;
  /** 请求唯一id */
  request_id?: string;
  /** 响应message，若失败则返回失败原因 */
  response_message?: string;
  /** 扩展字段，与入参扩展字段值相同 */
  response_meta_data?: string;
  /** 响应code */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  revoke_permission: {
    principal: {
      user_id: 'Number',
      tenant_id: 'Number',
    },
    target_app_name: 'String',
    permission_names: ['String'],
    request_meta_data: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    request_id: 'String',
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.acl.userpermissions.revoke`: method, response root, request and response schemas. */
export const alibabaMoziAclUserpermissionsRevokeOperation = {
  method: 'alibaba.mozi.acl.userpermissions.revoke',
  responseRoot: 'alibaba_mozi_acl_userpermissions_revoke_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回收账户权限 — calls TOP method `alibaba.mozi.acl.userpermissions.revoke`.
 *
 * 调用此接口，会根据入参回收该账户下的该批权限点
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclUserpermissionsRevoke(
  client: TopClient,
  request: AlibabaMoziAclUserpermissionsRevokeRequest,
  options?: CallOptions,
): Promise<AlibabaMoziAclUserpermissionsRevokeResponse> {
  return client.call<AlibabaMoziAclUserpermissionsRevokeResponse>(
    {
      method: 'alibaba.mozi.acl.userpermissions.revoke',
      responseRoot: 'alibaba_mozi_acl_userpermissions_revoke_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
