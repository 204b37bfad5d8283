// Generated from specs/campus/alibaba.campus.acl.new.checkuserrole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.checkuserrole` (校验用户是否有角色). */
export interface AlibabaCampusAclNewCheckuserroleRequest {
  /** 系统入参 */
  workbenchcontext: AlibabaCampusAclNewCheckuserroleWorkBenchContextInput;
  /** 用户账号 */
  user_id: string;
  /** 角色key */
  role_key: string;
}

/** Response of `alibaba.campus.acl.new.checkuserrole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewCheckuserroleResponse {
  /** 接口返回结果 */
  result?: AlibabaCampusAclNewCheckuserrolePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.checkuserrole`. */
export interface AlibabaCampusAclNewCheckuserroleWorkBenchContextInput {
  /** 应用 */
  system_id: string;
  /** 公司id */
  company_id: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.acl.new.checkuserrole`. */
export interface AlibabaCampusAclNewCheckuserrolePojoResult {
  /** 返回内容(true:表示有角色权限, false: 无角色权限) */
  content?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
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
  user_id: 'String',
  role_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.checkuserrole`: method, response root, request and response schemas. */
export const alibabaCampusAclNewCheckuserroleOperation = {
  method: 'alibaba.campus.acl.new.checkuserrole',
  responseRoot: 'alibaba_campus_acl_new_checkuserrole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验用户是否有角色 — calls TOP method `alibaba.campus.acl.new.checkuserrole`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewCheckuserrole(
  client: TopClient,
  request: AlibabaCampusAclNewCheckuserroleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclNewCheckuserroleResponse> {
  return client.call<AlibabaCampusAclNewCheckuserroleResponse>(
    {
      method: 'alibaba.campus.acl.new.checkuserrole',
      responseRoot: 'alibaba_campus_acl_new_checkuserrole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
