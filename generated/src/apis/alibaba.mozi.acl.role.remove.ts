// Generated from specs/moziacl/alibaba.mozi.acl.role.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.role.remove` (删除角色). */
export interface AlibabaMoziAclRoleRemoveRequest {
  /** 删除角色请求对象 */
  delete_roles_request?: AlibabaMoziAclRoleRemoveDeleteRolesRequestInput;
}

/** Response of `alibaba.mozi.acl.role.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclRoleRemoveResponse {
  /** 无值 */
  data?: string;
  /** 是否操作成功,true代表操作成功 */
  is_success?: boolean;
  /** 请求id */
  mozi_request_id?: string;
  /** 如果success不为true，则自此段返回详细的错误信息 */
  response_message?: string;
  /** 如果success为true，则返回0，否则此段返回详细的错误code */
  response_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeleteRolesRequest` of `alibaba.mozi.acl.role.remove`. */
export interface AlibabaMoziAclRoleRemoveDeleteRolesRequestInput {
  /** 要删除的角色code列表 */
  names?: string[];
  /** 操作主体 */
  principal_param?: AlibabaMoziAclRoleRemoveBucUserPrincipalParamInput;
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.role.remove`. */
export interface AlibabaMoziAclRoleRemoveBucUserPrincipalParamInput {
  /** 租户id */
  tenant_id?: Int64Input;
  /** 应用管理员accountId */
  user_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  delete_roles_request: {
    names: ['String'],
    principal_param: {
      tenant_id: 'Number',
      user_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
  is_success: 'Boolean',
  mozi_request_id: 'String',
  response_message: 'String',
  response_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.acl.role.remove`: method, response root, request and response schemas. */
export const alibabaMoziAclRoleRemoveOperation = {
  method: 'alibaba.mozi.acl.role.remove',
  responseRoot: 'alibaba_mozi_acl_role_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除角色 — calls TOP method `alibaba.mozi.acl.role.remove`.
 *
 * 根据传入的角色code、租户id，删除租户内对应的角色
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclRoleRemove(
  client: TopClient,
  request: AlibabaMoziAclRoleRemoveRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziAclRoleRemoveResponse> {
  return client.call<AlibabaMoziAclRoleRemoveResponse>(
    {
      method: 'alibaba.mozi.acl.role.remove',
      responseRoot: 'alibaba_mozi_acl_role_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
