// Generated from specs/campus/alibaba.campus.acl.new.checkusermenu.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.checkusermenu` (校验用户是否有菜单权限). */
export interface AlibabaCampusAclNewCheckusermenuRequest {
  /** 系统入参 */
  workbenchcontext?: AlibabaCampusAclNewCheckusermenuWorkBenchContextInput;
  /** 入参 */
  param?: AlibabaCampusAclNewCheckusermenuCheckUserMenuParamInput;
}

/** Response of `alibaba.campus.acl.new.checkusermenu`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewCheckusermenuResponse {
  /** result */
  result?: AlibabaCampusAclNewCheckusermenuPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.checkusermenu`. */
export interface AlibabaCampusAclNewCheckusermenuWorkBenchContextInput {
  /** 应用id */
  system_id: string;
  /** 公司id */
  company_id: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `CheckUserMenuParam` of `alibaba.campus.acl.new.checkusermenu`. */
export interface AlibabaCampusAclNewCheckusermenuCheckUserMenuParamInput {
  /** 菜单url */
  menu_url?: string;
  /** 用户账号 */
  user_id?: string;
}

/** `PojoResult` of `alibaba.campus.acl.new.checkusermenu`. */
export interface AlibabaCampusAclNewCheckusermenuPojoResult {
  /** content */
  content?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  workbenchcontext: {
    system_id: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param: {
    menu_url: 'String',
    user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.checkusermenu`: method, response root, request and response schemas. */
export const alibabaCampusAclNewCheckusermenuOperation = {
  method: 'alibaba.campus.acl.new.checkusermenu',
  responseRoot: 'alibaba_campus_acl_new_checkusermenu_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验用户是否有菜单权限 — calls TOP method `alibaba.campus.acl.new.checkusermenu`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewCheckusermenu(
  client: TopClient,
  request: AlibabaCampusAclNewCheckusermenuRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusAclNewCheckusermenuResponse> {
  return client.call<AlibabaCampusAclNewCheckusermenuResponse>(
    {
      method: 'alibaba.campus.acl.new.checkusermenu',
      responseRoot: 'alibaba_campus_acl_new_checkusermenu_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
