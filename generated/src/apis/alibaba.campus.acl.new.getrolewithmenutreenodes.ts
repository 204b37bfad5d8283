// Generated from specs/campus/alibaba.campus.acl.new.getrolewithmenutreenodes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.new.getrolewithmenutreenodes` (根据角色id查询权限). */
export interface AlibabaCampusAclNewGetrolewithmenutreenodesRequest {
  /** 系统参数 */
  workbenchcontext: AlibabaCampusAclNewGetrolewithmenutreenodesWorkBenchContextInput;
  /** 角色id */
  role_id: Int64Input;
  /** 是否查询全部类型权限 */
  all_permission?: boolean;
}

/** Response of `alibaba.campus.acl.new.getrolewithmenutreenodes`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclNewGetrolewithmenutreenodesResponse {
  /** result */
  result?: AlibabaCampusAclNewGetrolewithmenutreenodesPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.acl.new.getrolewithmenutreenodes`. */
export interface AlibabaCampusAclNewGetrolewithmenutreenodesWorkBenchContextInput {
  /** appKey */
  system_id: string;
  /** 园区id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.acl.new.getrolewithmenutreenodes`. */
export interface AlibabaCampusAclNewGetrolewithmenutreenodesPojoResult {
  /** content */
  content?: AlibabaCampusAclNewGetrolewithmenutreenodesSysRolePermissionsVo;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

/** `SysRolePermissionsVo` of `alibaba.campus.acl.new.getrolewithmenutreenodes`. */
export interface AlibabaCampusAclNewGetrolewithmenutreenodesSysRolePermissionsVo {
  /** id */
  id?: Int64;
  /** 角色key */
  role_key?: string;
  /** 租户 */
  tenant?: string;
  /** appKey */
  app_key?: string;
  /** 1 */
  dept_id?: string;
  /** 园区名称 */
  dept_name?: string;
  /** 角色名称 */
  role_name?: string;
  /** 角色类型 */
  role_type?: string;
  /** 角色描述 */
  role_desc?: string;
  /** permissions */
  permissions?: AlibabaCampusAclNewGetrolewithmenutreenodesTreeNodeDto[];
}

/** `TreeNodeDto` of `alibaba.campus.acl.new.getrolewithmenutreenodes`. */
export interface AlibabaCampusAclNewGetrolewithmenutreenodesTreeNodeDto {
  /** 权限id */
  id?: string;
  /** 父id */
  pid?: string;
  /** url */
  url?: string;
  /** 权限名称 */
  name?: string;
  /** 节点类型 */
  node_type?: string;
  /** 权限类型 */
  data_type?: string;
  /** data */
  datas?: string[];
}

const REQUEST_SCHEMA = {
  workbenchcontext: {
    system_id: 'String',
    campus_id: 'Number',
  },
  role_id: 'Number',
  all_permission: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      id: 'Number',
      role_key: 'String',
      tenant: 'String',
      app_key: 'String',
      dept_id: 'String',
      dept_name: 'String',
      role_name: 'String',
      role_type: 'String',
      role_desc: 'String',
      permissions: [
        {
          id: 'String',
          pid: 'String',
          url: 'String',
          name: 'String',
          node_type: 'String',
          data_type: 'String',
          datas: ['String'],
        },
      ],
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.new.getrolewithmenutreenodes`: method, response root, request and response schemas. */
export const alibabaCampusAclNewGetrolewithmenutreenodesOperation = {
  method: 'alibaba.campus.acl.new.getrolewithmenutreenodes',
  responseRoot: 'alibaba_campus_acl_new_getrolewithmenutreenodes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据角色id查询权限 — calls TOP method `alibaba.campus.acl.new.getrolewithmenutreenodes`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclNewGetrolewithmenutreenodes(
  client: TopClient,
  request: AlibabaCampusAclNewGetrolewithmenutreenodesRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclNewGetrolewithmenutreenodesResponse> {
  return client.call<AlibabaCampusAclNewGetrolewithmenutreenodesResponse>(
    {
      method: 'alibaba.campus.acl.new.getrolewithmenutreenodes',
      responseRoot: 'alibaba_campus_acl_new_getrolewithmenutreenodes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
