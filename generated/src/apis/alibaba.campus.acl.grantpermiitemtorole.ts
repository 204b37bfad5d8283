// Generated from specs/campus/alibaba.campus.acl.grantpermiitemtorole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.grantpermiitemtorole` (权限赋予角色). */
export interface AlibabaCampusAclGrantpermiitemtoroleRequest {
  /** 公司ID,不填统一初始化SYS_000 */
  company_id?: Int64Input;
  /** 系统id */
  system_id: string;
  /** 园区ID */
  campus_id: Int64Input;
  /** 操作人id */
  user_id?: string;
  /** 系统自动生成 */
  role: AlibabaCampusAclGrantpermiitemtoroleRoleReqInput;
  /**
   * 系统自动生成
   *
   * Max list size: 1000
   */
  priv: AlibabaCampusAclGrantpermiitemtorolePermissionReqInput[];
}

/** Response of `alibaba.campus.acl.grantpermiitemtorole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclGrantpermiitemtoroleResponse {
  /** result */
  result?: AlibabaCampusAclGrantpermiitemtorolePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RoleReq` of `alibaba.campus.acl.grantpermiitemtorole`. */
export interface AlibabaCampusAclGrantpermiitemtoroleRoleReqInput {
  /** 角色id */
  role_id: string;
}

/** `PermissionReq` of `alibaba.campus.acl.grantpermiitemtorole`. */
export interface AlibabaCampusAclGrantpermiitemtorolePermissionReqInput {
  /** 权限key */
  priv_key: string;
  /** 过期时间 */
  expire_time?: DateInput;
  /** 生效开始时间 */
  effective_time?: DateInput;
}

/** `PojoResult` of `alibaba.campus.acl.grantpermiitemtorole`. */
export interface AlibabaCampusAclGrantpermiitemtorolePojoResult {
  /** 接口返回结果 */
  content?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误级别 */
  error_level?: string;
}

const REQUEST_SCHEMA = {
  company_id: 'Number',
  system_id: 'String',
  campus_id: 'Number',
  user_id: 'String',
  role: {
    role_id: 'String',
  },
  priv: [
    {
      priv_key: 'String',
      expire_time: 'Date',
      effective_time: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.grantpermiitemtorole`: method, response root, request and response schemas. */
export const alibabaCampusAclGrantpermiitemtoroleOperation = {
  method: 'alibaba.campus.acl.grantpermiitemtorole',
  responseRoot: 'alibaba_campus_acl_grantpermiitemtorole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 权限赋予角色 — calls TOP method `alibaba.campus.acl.grantpermiitemtorole`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclGrantpermiitemtorole(
  client: TopClient,
  request: AlibabaCampusAclGrantpermiitemtoroleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclGrantpermiitemtoroleResponse> {
  return client.call<AlibabaCampusAclGrantpermiitemtoroleResponse>(
    {
      method: 'alibaba.campus.acl.grantpermiitemtorole',
      responseRoot: 'alibaba_campus_acl_grantpermiitemtorole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
