// Generated from specs/campus/alibaba.campus.acl.insertrole.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.insertrole` (新增角色). */
export interface AlibabaCampusAclInsertroleRequest {
  /** 公司id,不填统一为SYS_000 */
  company_id?: Int64Input;
  /** 系统id */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
  /** 操作人id(不填默认appCode) */
  user_id?: string;
  /** 角色描述 */
  role_desc?: string;
  /** 角色名称 */
  role_name: string;
  /** 默认人员角色.还有device设备角色类型 */
  role_type?: string;
  /** 角色唯一ID,统一ROLE_开头,不填默认生成ROLE_UUID(32位随机数) */
  role_id: string;
}

/** Response of `alibaba.campus.acl.insertrole`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclInsertroleResponse {
  /** result */
  result?: AlibabaCampusAclInsertroleRoleRsp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RoleRsp` of `alibaba.campus.acl.insertrole`. */
export interface AlibabaCampusAclInsertroleRoleRsp {
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误级别 */
  error_level?: string;
  /** 角色id */
  role_id?: string;
}

const REQUEST_SCHEMA = {
  company_id: 'Number',
  system_id: 'String',
  campus_id: 'Number',
  user_id: 'String',
  role_desc: 'String',
  role_name: 'String',
  role_type: 'String',
  role_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
    role_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.insertrole`: method, response root, request and response schemas. */
export const alibabaCampusAclInsertroleOperation = {
  method: 'alibaba.campus.acl.insertrole',
  responseRoot: 'alibaba_campus_acl_insertrole_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增角色 — calls TOP method `alibaba.campus.acl.insertrole`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclInsertrole(
  client: TopClient,
  request: AlibabaCampusAclInsertroleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclInsertroleResponse> {
  return client.call<AlibabaCampusAclInsertroleResponse>(
    {
      method: 'alibaba.campus.acl.insertrole',
      responseRoot: 'alibaba_campus_acl_insertrole_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
