// Generated from specs/campus/alibaba.campus.acl.new.freezerole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.freezerole` (冻结角色). */
export interface AlibabaCampusAclNewFreezeroleRequest {
  /** 系统入参 */
  workbenchcontext: AlibabaCampusAclNewFreezeroleWorkBenchContextInput;
  /** 角色主键id */
  role_id: Int64Input;
}

/** Response of `alibaba.campus.acl.new.freezerole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewFreezeroleResponse {
  /** result */
  result?: AlibabaCampusAclNewFreezerolePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.freezerole`. */
export interface AlibabaCampusAclNewFreezeroleWorkBenchContextInput {
  /** 系统应用 */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.acl.new.freezerole`. */
export interface AlibabaCampusAclNewFreezerolePojoResult {
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
    campus_id: 'Number',
  },
  role_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.freezerole`: method, response root, request and response schemas. */
export const alibabaCampusAclNewFreezeroleOperation = {
  method: 'alibaba.campus.acl.new.freezerole',
  responseRoot: 'alibaba_campus_acl_new_freezerole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 冻结角色 — calls TOP method `alibaba.campus.acl.new.freezerole`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewFreezerole(
  client: TopClient,
  request: AlibabaCampusAclNewFreezeroleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclNewFreezeroleResponse> {
  return client.call<AlibabaCampusAclNewFreezeroleResponse>(
    {
      method: 'alibaba.campus.acl.new.freezerole',
      responseRoot: 'alibaba_campus_acl_new_freezerole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
