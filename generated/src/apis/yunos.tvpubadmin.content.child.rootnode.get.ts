// Generated from specs/tvupadmin/yunos.tvpubadmin.content.child.rootnode.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.child.rootnode.get` (获取少儿大厅根类目接口). */
export interface YunosTvpubadminContentChildRootnodeGetRequest {
  /** 是否需要首页目录 */
  need_home_page?: boolean;
}

/** Response of `yunos.tvpubadmin.content.child.rootnode.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChildRootnodeGetResponse {
  /** 类目列表 */
  child_node_vo_list?: YunosTvpubadminContentChildRootnodeGetChildNodeVo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChildNodeVo` of `yunos.tvpubadmin.content.child.rootnode.get`. */
export interface YunosTvpubadminContentChildRootnodeGetChildNodeVo {
  /** 主键ID */
  id?: Int64;
  /** 显示名称 */
  name?: string;
  /** 父类目ID */
  parent_id?: Int64;
  /** 父类目名称 */
  parent_name?: string;
}

const REQUEST_SCHEMA = {
  need_home_page: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  child_node_vo_list: [
    {
      id: 'Number',
      name: 'String',
      parent_id: 'Number',
      parent_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.child.rootnode.get`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChildRootnodeGetOperation = {
  method: 'yunos.tvpubadmin.content.child.rootnode.get',
  responseRoot: 'yunos_tvpubadmin_content_child_rootnode_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取少儿大厅根类目接口 — calls TOP method `yunos.tvpubadmin.content.child.rootnode.get`.
 *
 * 通过此接口可获取少儿大厅根类目列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChildRootnodeGet(
  client: TopClient,
  request: YunosTvpubadminContentChildRootnodeGetRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminContentChildRootnodeGetResponse> {
  return client.call<YunosTvpubadminContentChildRootnodeGetResponse>(
    {
      method: 'yunos.tvpubadmin.content.child.rootnode.get',
      responseRoot: 'yunos_tvpubadmin_content_child_rootnode_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
