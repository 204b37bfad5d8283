// Generated from specs/campus/alibaba.campus.acl.new.getappmenutree.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.getappmenutree` (查询应用下的菜单树). */
export interface AlibabaCampusAclNewGetappmenutreeRequest {
  /** 系统入参 */
  workbenchcontext?: AlibabaCampusAclNewGetappmenutreeWorkBenchContextInput;
  /** 是否关联查询出菜单下的权限 */
  withpermission?: boolean;
}

/** Response of `alibaba.campus.acl.new.getappmenutree`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewGetappmenutreeResponse {
  /** 接口返回结果 */
  result?: AlibabaCampusAclNewGetappmenutreeListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.getappmenutree`. */
export interface AlibabaCampusAclNewGetappmenutreeWorkBenchContextInput {
  /** 应用id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
}

/** `ListResult` of `alibaba.campus.acl.new.getappmenutree`. */
export interface AlibabaCampusAclNewGetappmenutreeListResult {
  /** content */
  contents?: string[];
  /** 总记录数 */
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
    campus_id: 'Number',
  },
  withpermission: 'Boolean',
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

/** Static description of `alibaba.campus.acl.new.getappmenutree`: method, response root, request and response schemas. */
export const alibabaCampusAclNewGetappmenutreeOperation = {
  method: 'alibaba.campus.acl.new.getappmenutree',
  responseRoot: 'alibaba_campus_acl_new_getappmenutree_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询应用下的菜单树 — calls TOP method `alibaba.campus.acl.new.getappmenutree`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewGetappmenutree(
  client: TopClient,
  request: AlibabaCampusAclNewGetappmenutreeRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusAclNewGetappmenutreeResponse> {
  return client.call<AlibabaCampusAclNewGetappmenutreeResponse>(
    {
      method: 'alibaba.campus.acl.new.getappmenutree',
      responseRoot: 'alibaba_campus_acl_new_getappmenutree_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
