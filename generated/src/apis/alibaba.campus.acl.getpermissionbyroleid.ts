// Generated from specs/campus/alibaba.campus.acl.getpermissionbyroleid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.getpermissionbyroleid` (根据角色Id查询权限). */
export interface AlibabaCampusAclGetpermissionbyroleidRequest {
  /** 系统id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
  /** 公司id */
  company_id?: Int64Input;
  /** 角色id */
  role_id: string;
}

/** Response of `alibaba.campus.acl.getpermissionbyroleid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclGetpermissionbyroleidResponse {
  /** result */
  result?: AlibabaCampusAclGetpermissionbyroleidCollectionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CollectionResult` of `alibaba.campus.acl.getpermissionbyroleid`. */
export interface AlibabaCampusAclGetpermissionbyroleidCollectionResult {
  /** 接口返回数据 */
  contents?: AlibabaCampusAclGetpermissionbyroleidPermissionVo[];
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误级别 */
  error_level?: string;
}

/** `PermissionVo` of `alibaba.campus.acl.getpermissionbyroleid`. */
export interface AlibabaCampusAclGetpermissionbyroleidPermissionVo {
  /** 权限健 */
  priv_key?: string;
  /** 权限值 */
  priv_vaue?: string;
  /** 权限类型 */
  priv_type?: string;
  /** 权限名称 */
  priv_name?: string;
  /** 生效开始时间 */
  effective_time?: string;
  /** 生效过期时间 */
  expire_time?: string;
}

const REQUEST_SCHEMA = {
  system_id: 'String',
  campus_id: 'Number',
  company_id: 'Number',
  role_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        priv_key: 'String',
        priv_vaue: 'String',
        priv_type: 'String',
        priv_name: 'String',
        effective_time: 'Date',
        expire_time: 'Date',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.getpermissionbyroleid`: method, response root, request and response schemas. */
export const alibabaCampusAclGetpermissionbyroleidOperation = {
  method: 'alibaba.campus.acl.getpermissionbyroleid',
  responseRoot: 'alibaba_campus_acl_getpermissionbyroleid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据角色Id查询权限 — calls TOP method `alibaba.campus.acl.getpermissionbyroleid`.
 *
 * 根据角色查询权限
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclGetpermissionbyroleid(
  client: TopClient,
  request: AlibabaCampusAclGetpermissionbyroleidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclGetpermissionbyroleidResponse> {
  return client.call<AlibabaCampusAclGetpermissionbyroleidResponse>(
    {
      method: 'alibaba.campus.acl.getpermissionbyroleid',
      responseRoot: 'alibaba_campus_acl_getpermissionbyroleid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
