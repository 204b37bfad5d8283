// Generated from specs/campus/alibaba.campus.acl.cancelpermiitemfromrole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.cancelpermiitemfromrole` (取消角色和权限之间的关系). */
export interface AlibabaCampusAclCancelpermiitemfromroleRequest {
  /** 公司ID */
  company_id?: Int64Input;
  /** 系统id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
  /** 操作人id(不填默认appCode) */
  user_id?: string;
  /** 系统自动生成 */
  param1: AlibabaCampusAclCancelpermiitemfromroleRoleReqInput;
  /**
   * 系统自动生成
   *
   * Max list size: 1000
   */
  param2: AlibabaCampusAclCancelpermiitemfromrolePermissionReqInput[];
}

/** Response of `alibaba.campus.acl.cancelpermiitemfromrole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclCancelpermiitemfromroleResponse {
  /** result */
  result?: AlibabaCampusAclCancelpermiitemfromrolePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RoleReq` of `alibaba.campus.acl.cancelpermiitemfromrole`. */
export interface AlibabaCampusAclCancelpermiitemfromroleRoleReqInput {
  /** 角色id */
  role_id: string;
}

/** `PermissionReq` of `alibaba.campus.acl.cancelpermiitemfromrole`. */
export interface AlibabaCampusAclCancelpermiitemfromrolePermissionReqInput {
  /** 权限key */
  priv_key?: string;
}

/** `PojoResult` of `alibaba.campus.acl.cancelpermiitemfromrole`. */
export interface AlibabaCampusAclCancelpermiitemfromrolePojoResult {
  /** 接口返回结果 */
  content?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 接口错误描述 */
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
  param1: {
    role_id: 'String',
  },
  param2: [
    {
      priv_key: 'String',
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

/** Static description of `alibaba.campus.acl.cancelpermiitemfromrole`: method, response root, request and response schemas. */
export const alibabaCampusAclCancelpermiitemfromroleOperation = {
  method: 'alibaba.campus.acl.cancelpermiitemfromrole',
  responseRoot: 'alibaba_campus_acl_cancelpermiitemfromrole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消角色和权限之间的关系 — calls TOP method `alibaba.campus.acl.cancelpermiitemfromrole`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclCancelpermiitemfromrole(
  client: TopClient,
  request: AlibabaCampusAclCancelpermiitemfromroleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclCancelpermiitemfromroleResponse> {
  return client.call<AlibabaCampusAclCancelpermiitemfromroleResponse>(
    {
      method: 'alibaba.campus.acl.cancelpermiitemfromrole',
      responseRoot: 'alibaba_campus_acl_cancelpermiitemfromrole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
