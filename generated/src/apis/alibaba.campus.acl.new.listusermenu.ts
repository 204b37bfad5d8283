// Generated from specs/campus/alibaba.campus.acl.new.listusermenu.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.listusermenu` (查询用户有权限的菜单树). */
export interface AlibabaCampusAclNewListusermenuRequest {
  /** 系统入参 */
  workbenchcontext?: AlibabaCampusAclNewListusermenuWorkBenchContextInput;
  /** 用户账号 */
  user_id: string;
}

/** Response of `alibaba.campus.acl.new.listusermenu`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewListusermenuResponse {
  /** result */
  result?: AlibabaCampusAclNewListusermenuListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.listusermenu`. */
export interface AlibabaCampusAclNewListusermenuWorkBenchContextInput {
  /** 应用key */
  system_id: string;
  /** 公司id */
  company_id: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `ListResult` of `alibaba.campus.acl.new.listusermenu`. */
export interface AlibabaCampusAclNewListusermenuListResult {
  /** content */
  contents?: string[];
  /** 总计数 */
  total_count?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: ['String'],
    total_count: 'Number',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.listusermenu`: method, response root, request and response schemas. */
export const alibabaCampusAclNewListusermenuOperation = {
  method: 'alibaba.campus.acl.new.listusermenu',
  responseRoot: 'alibaba_campus_acl_new_listusermenu_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户有权限的菜单树 — calls TOP method `alibaba.campus.acl.new.listusermenu`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewListusermenu(
  client: TopClient,
  request: AlibabaCampusAclNewListusermenuRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclNewListusermenuResponse> {
  return client.call<AlibabaCampusAclNewListusermenuResponse>(
    {
      method: 'alibaba.campus.acl.new.listusermenu',
      responseRoot: 'alibaba_campus_acl_new_listusermenu_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
