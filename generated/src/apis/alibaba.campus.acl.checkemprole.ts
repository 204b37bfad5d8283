// Generated from specs/campus/alibaba.campus.acl.checkemprole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.checkemprole` (校验用户是否有该角色). */
export interface AlibabaCampusAclCheckemproleRequest {
  /** 公司id不填默认为SYS_000 */
  company_id?: Int64Input;
  /** 系统id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
  /** 员工账号 */
  account_id: string;
  /** 角色id */
  item_key: string;
}

/** Response of `alibaba.campus.acl.checkemprole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclCheckemproleResponse {
  /** result */
  result?: AlibabaCampusAclCheckemprolePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PojoResult` of `alibaba.campus.acl.checkemprole`. */
export interface AlibabaCampusAclCheckemprolePojoResult {
  /** 返回结果 */
  content?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
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
  account_id: 'String',
  item_key: 'String',
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

/** Static description of `alibaba.campus.acl.checkemprole`: method, response root, request and response schemas. */
export const alibabaCampusAclCheckemproleOperation = {
  method: 'alibaba.campus.acl.checkemprole',
  responseRoot: 'alibaba_campus_acl_checkemprole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验用户是否有该角色 — calls TOP method `alibaba.campus.acl.checkemprole`.
 *
 * 校验用户是否有该权限
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclCheckemprole(
  client: TopClient,
  request: AlibabaCampusAclCheckemproleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclCheckemproleResponse> {
  return client.call<AlibabaCampusAclCheckemproleResponse>(
    {
      method: 'alibaba.campus.acl.checkemprole',
      responseRoot: 'alibaba_campus_acl_checkemprole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
