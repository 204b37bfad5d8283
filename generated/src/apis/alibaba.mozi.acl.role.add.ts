// Generated from specs/moziacl/alibaba.mozi.acl.role.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.role.add` (新增一个角色). */
export interface AlibabaMoziAclRoleAddRequest {
  /** 创建角色请求对象 */
  create_role_request: AlibabaMoziAclRoleAddCreateRoleRequestInput;
}

/** Response of `alibaba.mozi.acl.role.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclRoleAddResponse {
  /** 创建角色结果对象 */
  result?: AlibabaMoziAclRoleAddCreateRoleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateRoleRequest` of `alibaba.mozi.acl.role.add`. */
export interface AlibabaMoziAclRoleAddCreateRoleRequestInput {
  /** 角色归属的应用name，不传则以appKey对应的应用为准 */
  target_app_name?: string;
  /** 角色包含的权限name列表 */
  add_permission_names?: string[];
  /** 角色描述 */
  description: string;
  /** 角色中文名称 */
  title: string;
  /** 角色类型，重点注意：如果创建租户内角色，则必须填“Realm_Role”，ISV开发者创建应用侧角色，则可不填 */
  type?: string;
  /** 请求扩展字段 */
  request_meta_data?: string;
  /** 角色包含的数据权限，以json传入 */
  data_permission_json_str?: string;
  /** 角色英文名称 */
  title_e_n: string;
  /** 是否数据权限，角色没有挂载数据权限，则为false */
  is_data?: boolean;
  /** 角色审批规则类型(random、self 两种类型) */
  rule_type?: string;
  /** 角色申请规则(1表示公开可申请，2表示公开不可申请、3表示不公开) */
  public_attri?: string;
  /** 风险等级：L表示低风险，M表示中风，H表示高风险 */
  assign_level?: string;
  /** 操作主体 */
  principal_param: AlibabaMoziAclRoleAddBucUserPrincipalParamInput;
  /** 操作人的userId */
  operator_user_id?: Int64Input;
  /** 角色唯一code，在ACL中全局唯一 */
  name: string;
  /** 角色归属人userId */
  owner_user_id?: Int64Input;
  /** 角色回收策略(REVOKE代表用户所在部门发生变化时，该用户的权限将被回收，RESERVE代表用户所在部门发生变化时，该用户的权限将被保留，TRANSFER_REVOKE代表个人主动转岗时回收 - 只在小二主动申请转岗时回收本权限) */
  revoke_rule: string;
  /** 角色审批人userId列表 */
  approver_user_ids?: string[];
  /** 扩展字段 */
  extention_map?: string;
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.role.add`. */
export interface AlibabaMoziAclRoleAddBucUserPrincipalParamInput {
  /** 操作主体所在的租户Id */
  tenant_id: Int64Input;
  /** 操作人的userId */
  user_id: Int64Input;
}

/** `CreateRoleResult` of `alibaba.mozi.acl.role.add`. */
export interface AlibabaMoziAclRoleAddCreateRoleResult {
  /** 创建角色返回data，此处无数据返回 */
  data?: string;
  /** 接口调用是否成功，若成功则为true */
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
  create_role_request: {
    target_app_name: 'String',
    add_permission_names: ['String'],
    description: 'String',
    title: 'String',
    type: 'String',
    request_meta_data: 'String',
    data_permission_json_str: 'String',
    title_e_n: 'String',
    is_data: 'Boolean',
    rule_type: 'String',
    public_attri: 'String',
    assign_level: 'String',
    principal_param: {
      tenant_id: 'Number',
      user_id: 'Number',
    },
    operator_user_id: 'Number',
    name: 'String',
    owner_user_id: 'Number',
    revoke_rule: 'String',
    approver_user_ids: ['String'],
    extention_map: 'String',
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

/** Static description of `alibaba.mozi.acl.role.add`: method, response root, request and response schemas. */
export const alibabaMoziAclRoleAddOperation = {
  method: 'alibaba.mozi.acl.role.add',
  responseRoot: 'alibaba_mozi_acl_role_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增一个角色 — calls TOP method `alibaba.mozi.acl.role.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclRoleAdd(
  client: TopClient,
  request: AlibabaMoziAclRoleAddRequest,
  options?: CallOptions,
): Promise<AlibabaMoziAclRoleAddResponse> {
  return client.call<AlibabaMoziAclRoleAddResponse>(
    {
      method: 'alibaba.mozi.acl.role.add',
      responseRoot: 'alibaba_mozi_acl_role_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
