// Generated from specs/tvupadmin/yunos.tvpubadmin.content.child.leafnode.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.child.leafnode.get` (获取少儿大厅二级类目列表). */
export interface YunosTvpubadminContentChildLeafnodeGetRequest {}

/** Response of `yunos.tvpubadmin.content.child.leafnode.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChildLeafnodeGetResponse {
  /** 类目列表 */
  child_node_vo_list?: YunosTvpubadminContentChildLeafnodeGetChildNodeVo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChildNodeVo` of `yunos.tvpubadmin.content.child.leafnode.get`. */
export interface YunosTvpubadminContentChildLeafnodeGetChildNodeVo {
  /** 主键ID */
  id?: Int64;
  /** 显示名称 */
  name?: string;
  /** 父类目ID */
  parent_id?: Int64;
  /** 父类目名称 */
  parent_name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

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

/** Static description of `yunos.tvpubadmin.content.child.leafnode.get`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChildLeafnodeGetOperation = {
  method: 'yunos.tvpubadmin.content.child.leafnode.get',
  responseRoot: 'yunos_tvpubadmin_content_child_leafnode_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取少儿大厅二级类目列表 — calls TOP method `yunos.tvpubadmin.content.child.leafnode.get`.
 *
 * 获取少儿大厅二级类目列表的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChildLeafnodeGet(
  client: TopClient,
  request: YunosTvpubadminContentChildLeafnodeGetRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminContentChildLeafnodeGetResponse> {
  return client.call<YunosTvpubadminContentChildLeafnodeGetResponse>(
    {
      method: 'yunos.tvpubadmin.content.child.leafnode.get',
      responseRoot: 'yunos_tvpubadmin_content_child_leafnode_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
