// Generated from specs/moziacl/alibaba.mozi.acl.userroles.revoke.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.userroles.revoke` (回收账户被授予的角色接口). */
export interface AlibabaMoziAclUserrolesRevokeRequest {
  /** 回收角色入参对象 */
  revoke_roles_request: AlibabaMoziAclUserrolesRevokeRevokeRolesRequestInput;
}

/** Response of `alibaba.mozi.acl.userroles.revoke`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclUserrolesRevokeResponse {
  /** 回收角色结果对象 */
  result?: AlibabaMoziAclUserrolesRevokeRevokeRolesResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RevokeRolesRequest` of `alibaba.mozi.acl.userroles.revoke`. */
export interface AlibabaMoziAclUserrolesRevokeRevokeRolesRequestInput {
  /** 回收主体对象 */
  principal: AlibabaMoziAclUserrolesRevokeBucUserPrincipalParamInput;
  /** 回收的角色所在的应用的app name */
  target_app_name?: string;
  /** 回收的角色name列表 */
  role_names: string[];
  /** 请求扩展字段 */
  request_meta_data: string;
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.userroles.revoke`. */
export interface AlibabaMoziAclUserrolesRevokeBucUserPrincipalParamInput {
  /** 回收主体的userId */
  user_id: Int64Input;
  /** 回收主体所在的租户id */
  tenant_id: Int64Input;
}

/** `RevokeRolesResult` of `alibaba.mozi.acl.userroles.revoke`. */
export interface AlibabaMoziAclUserrolesRevokeRevokeRolesResult {
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
  revoke_roles_request: {
    principal: {
      user_id: 'Number',
      tenant_id: 'Number',
    },
    target_app_name: 'String',
    role_names: ['String'],
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

/** Static description of `alibaba.mozi.acl.userroles.revoke`: method, response root, request and response schemas. */
export const alibabaMoziAclUserrolesRevokeOperation = {
  method: 'alibaba.mozi.acl.userroles.revoke',
  responseRoot: 'alibaba_mozi_acl_userroles_revoke_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回收账户被授予的角色接口 — calls TOP method `alibaba.mozi.acl.userroles.revoke`.
 *
 * 调用此接口，会根据入参回收该账户下的该批角色
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclUserrolesRevoke(
  client: TopClient,
  request: AlibabaMoziAclUserrolesRevokeRequest,
  options?: CallOptions,
): Promise<AlibabaMoziAclUserrolesRevokeResponse> {
  return client.call<AlibabaMoziAclUserrolesRevokeResponse>(
    {
      method: 'alibaba.mozi.acl.userroles.revoke',
      responseRoot: 'alibaba_mozi_acl_userroles_revoke_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
