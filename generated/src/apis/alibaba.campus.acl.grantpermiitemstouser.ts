// Generated from specs/campus/alibaba.campus.acl.grantpermiitemstouser.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.grantpermiitemstouser` (给人直接授权). */
export interface AlibabaCampusAclGrantpermiitemstouserRequest {
  /** 公司id不填统一默认生成SYS_000 */
  company_id?: Int64Input;
  /** 系统id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
  /** 操作人id(不填默认appCode) */
  user_id?: string;
  /** 用户id */
  emp_id: string;
  /**
   * 权限
   *
   * Max list size: 1000
   */
  priv?: AlibabaCampusAclGrantpermiitemstouserPermissionReqInput[];
}

/** Response of `alibaba.campus.acl.grantpermiitemstouser`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclGrantpermiitemstouserResponse {
  /** result */
  result?: AlibabaCampusAclGrantpermiitemstouserPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PermissionReq` of `alibaba.campus.acl.grantpermiitemstouser`. */
export interface AlibabaCampusAclGrantpermiitemstouserPermissionReqInput {
  /** 权限key */
  priv_key: string;
  /** 生效时间 */
  effective_time?: DateInput;
  /** 过期时间 */
  expire_time?: DateInput;
}

/** `PojoResult` of `alibaba.campus.acl.grantpermiitemstouser`. */
export interface AlibabaCampusAclGrantpermiitemstouserPojoResult {
  /** content */
  content?: boolean;
  /** errorCode */
  error_code?: string;
  /** 错误信息 */
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
  user_id: 'String',
  emp_id: 'String',
  priv: [
    {
      priv_key: 'String',
      effective_time: 'Date',
      expire_time: 'Date',
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

/** Static description of `alibaba.campus.acl.grantpermiitemstouser`: method, response root, request and response schemas. */
export const alibabaCampusAclGrantpermiitemstouserOperation = {
  method: 'alibaba.campus.acl.grantpermiitemstouser',
  responseRoot: 'alibaba_campus_acl_grantpermiitemstouser_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 给人直接授权 — calls TOP method `alibaba.campus.acl.grantpermiitemstouser`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclGrantpermiitemstouser(
  client: TopClient,
  request: AlibabaCampusAclGrantpermiitemstouserRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclGrantpermiitemstouserResponse> {
  return client.call<AlibabaCampusAclGrantpermiitemstouserResponse>(
    {
      method: 'alibaba.campus.acl.grantpermiitemstouser',
      responseRoot: 'alibaba_campus_acl_grantpermiitemstouser_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
