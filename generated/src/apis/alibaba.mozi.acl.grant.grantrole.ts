// Generated from specs/moziacl/alibaba.mozi.acl.grant.grantrole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.grant.grantrole` (将一个角色授予一个账号). */
export interface AlibabaMoziAclGrantGrantroleRequest {
  /** 整体入参对象 */
  grant_roles_request: AlibabaMoziAclGrantGrantroleGrantRolesRequestInput;
}

/** Response of `alibaba.mozi.acl.grant.grantrole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclGrantGrantroleResponse {
  /** 给账号授予角色结果 */
  result?: AlibabaMoziAclGrantGrantroleGrantRolesResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GrantRolesRequest` of `alibaba.mozi.acl.grant.grantrole`. */
export interface AlibabaMoziAclGrantGrantroleGrantRolesRequestInput {
  /** 调用接口授角色的原因 */
  reason: string;
  /** 目标应用名 */
  target_app_name?: string;
  /** 扩展参数 */
  request_meta_data?: string;
  /** 授角色主体 */
  principal: AlibabaMoziAclGrantGrantroleBucUserPrincipalParamInput;
  /** 授予角色的过期时间 */
  expire_date?: DateInput;
  /** 授予的角色的code列表 */
  role_names: string[];
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.grant.grantrole`. */
export interface AlibabaMoziAclGrantGrantroleBucUserPrincipalParamInput {
  /** 授予角色的账号所在的租户Id */
  tenant_id: Int64Input;
  /** 授予角色的账号id */
  user_id: Int64Input;
}

/** `GrantRolesResult` of `alibaba.mozi.acl.grant.grantrole`. */
export interface AlibabaMoziAclGrantGrantroleGrantRolesResult {
  /** 是否调用成功，成功则为true，否则为false */
  success?: boolean;
  /** 请求id */
  request_id?: string;
  /** 响应信息，若失败，则返回失败信息 */
  response_message?: string;
  /** 扩展字段，与入参扩展字段值相同 */
  response_meta_data?: string;
  /** 响应code */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  grant_roles_request: {
    reason: 'String',
    target_app_name: 'String',
    request_meta_data: 'String',
    principal: {
      tenant_id: 'Number',
      user_id: 'Number',
    },
    expire_date: 'Date',
    role_names: ['String'],
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

/** Static description of `alibaba.mozi.acl.grant.grantrole`: method, response root, request and response schemas. */
export const alibabaMoziAclGrantGrantroleOperation = {
  method: 'alibaba.mozi.acl.grant.grantrole',
  responseRoot: 'alibaba_mozi_acl_grant_grantrole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 将一个角色授予一个账号 — calls TOP method `alibaba.mozi.acl.grant.grantrole`.
 *
 * 根据入参，将入参中的角色授权给入参的某个账户，调用此接口后，该账户就会被授予该角色
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclGrantGrantrole(
  client: TopClient,
  request: AlibabaMoziAclGrantGrantroleRequest,
  options?: CallOptions,
): Promise<AlibabaMoziAclGrantGrantroleResponse> {
  return client.call<AlibabaMoziAclGrantGrantroleResponse>(
    {
      method: 'alibaba.mozi.acl.grant.grantrole',
      responseRoot: 'alibaba_mozi_acl_grant_grantrole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
