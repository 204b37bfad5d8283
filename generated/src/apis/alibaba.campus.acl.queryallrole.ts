// Generated from specs/campus/alibaba.campus.acl.queryallrole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.queryallrole` (查询全部角色). */
export interface AlibabaCampusAclQueryallroleRequest {
  /** 公司id不填统一SYS_000 */
  company_id?: Int64Input;
  /** 系统id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
  /** 角色名称 */
  role_name?: string;
  /** 角色类型 */
  role_type?: string;
  /** 角色id */
  role_id?: string;
}

/** Response of `alibaba.campus.acl.queryallrole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclQueryallroleResponse {
  /** result */
  result?: AlibabaCampusAclQueryallroleCollectionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CollectionResult` of `alibaba.campus.acl.queryallrole`. */
export interface AlibabaCampusAclQueryallroleCollectionResult {
  /** content */
  contents?: string[];
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** 错误级别 */
  error_level?: string;
}

const REQUEST_SCHEMA = {
  company_id: 'Number',
  system_id: 'String',
  campus_id: 'Number',
  role_name: 'String',
  role_type: 'String',
  role_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: ['String'],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.queryallrole`: method, response root, request and response schemas. */
export const alibabaCampusAclQueryallroleOperation = {
  method: 'alibaba.campus.acl.queryallrole',
  responseRoot: 'alibaba_campus_acl_queryallrole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询全部角色 — calls TOP method `alibaba.campus.acl.queryallrole`.
 *
 * 查询全部园区
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclQueryallrole(
  client: TopClient,
  request: AlibabaCampusAclQueryallroleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclQueryallroleResponse> {
  return client.call<AlibabaCampusAclQueryallroleResponse>(
    {
      method: 'alibaba.campus.acl.queryallrole',
      responseRoot: 'alibaba_campus_acl_queryallrole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
