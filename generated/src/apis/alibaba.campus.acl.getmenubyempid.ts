// Generated from specs/campus/alibaba.campus.acl.getmenubyempid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.acl.getmenubyempid` (查询用户的菜单). */
export interface AlibabaCampusAclGetmenubyempidRequest {
  /** 账户id */
  user_id: Int64Input;
  /** 系统id */
  system_id: string;
  /** 公司id */
  company_id: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** Response of `alibaba.campus.acl.getmenubyempid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAclGetmenubyempidResponse {
  /** 接口返回结果 */
  result?: AlibabaCampusAclGetmenubyempidCollectionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CollectionResult` of `alibaba.campus.acl.getmenubyempid`. */
export interface AlibabaCampusAclGetmenubyempidCollectionResult {
  /** 菜单内容 */
  contents?: AlibabaCampusAclGetmenubyempidTreeNode[];
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
}

/** `TreeNode` of `alibaba.campus.acl.getmenubyempid`. */
export interface AlibabaCampusAclGetmenubyempidTreeNode {
  /** 菜单主键id */
  id?: string;
  /** 菜单名称 */
  name?: string;
  /** 菜单链接 */
  url?: string;
  /** 菜单级别 */
  level?: Int64;
  /** 菜单层级路劲 */
  menu_id?: string;
  /** 菜单排序字段 */
  menu_order?: Int64;
  /** childs */
  childs?: string[];
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
  system_id: 'String',
  company_id: 'Number',
  campus_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        id: 'String',
        name: 'String',
        url: 'String',
        level: 'Number',
        menu_id: 'String',
        menu_order: 'Number',
        childs: ['String'],
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.acl.getmenubyempid`: method, response root, request and response schemas. */
export const alibabaCampusAclGetmenubyempidOperation = {
  method: 'alibaba.campus.acl.getmenubyempid',
  responseRoot: 'alibaba_campus_acl_getmenubyempid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户的菜单 — calls TOP method `alibaba.campus.acl.getmenubyempid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAclGetmenubyempid(
  client: TopClient,
  request: AlibabaCampusAclGetmenubyempidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAclGetmenubyempidResponse> {
  return client.call<AlibabaCampusAclGetmenubyempidResponse>(
    {
      method: 'alibaba.campus.acl.getmenubyempid',
      responseRoot: 'alibaba_campus_acl_getmenubyempid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
