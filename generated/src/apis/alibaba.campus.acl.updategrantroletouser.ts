// Generated from specs/campus/alibaba.campus.acl.updategrantroletouser.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.updategrantroletouser` (修改用户到角色关系). */
export interface AlibabaCampusAclUpdategrantroletouserRequest {
  /** 公司id */
  company_id: Int64Input;
  /** 系统id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
  /** 操作人id(不填默认appCode) */
  user_id?: string;
  /** 用户账号 */
  account_id: string;
  /**
   * 角色
   *
   * Max list size: 1000
   */
  role: AlibabaCampusAclUpdategrantroletouserRoleReqInput[];
}

/** Response of `alibaba.campus.acl.updategrantroletouser`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclUpdategrantroletouserResponse {
  /** result */
  result?: AlibabaCampusAclUpdategrantroletouserPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RoleReq` of `alibaba.campus.acl.updategrantroletouser`. */
export interface AlibabaCampusAclUpdategrantroletouserRoleReqInput {
  /** 角色id */
  role_id?: string;
}

/** `PojoResult` of `alibaba.campus.acl.updategrantroletouser`. */
export interface AlibabaCampusAclUpdategrantroletouserPojoResult {
  /** 接口返回结果 */
  content?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 结果返回提示信息 */
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
  account_id: 'String',
  role: [
    {
      role_id: 'String',
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

/** Static description of `alibaba.campus.acl.updategrantroletouser`: method, response root, request and response schemas. */
export const alibabaCampusAclUpdategrantroletouserOperation = {
  method: 'alibaba.campus.acl.updategrantroletouser',
  responseRoot: 'alibaba_campus_acl_updategrantroletouser_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改用户到角色关系 — calls TOP method `alibaba.campus.acl.updategrantroletouser`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclUpdategrantroletouser(
  client: TopClient,
  request: AlibabaCampusAclUpdategrantroletouserRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclUpdategrantroletouserResponse> {
  return client.call<AlibabaCampusAclUpdategrantroletouserResponse>(
    {
      method: 'alibaba.campus.acl.updategrantroletouser',
      responseRoot: 'alibaba_campus_acl_updategrantroletouser_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
