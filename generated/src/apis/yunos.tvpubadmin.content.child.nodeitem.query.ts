// Generated from specs/tvupadmin/yunos.tvpubadmin.content.child.nodeitem.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.child.nodeitem.query` (查询少儿大厅类目内容). */
export interface YunosTvpubadminContentChildNodeitemQueryRequest {
  /** 主键ID */
  id?: Int64Input;
  /** 类目ID */
  node_id?: Int64Input;
  /** 状态 */
  status?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 内容名称 */
  name?: string;
  /** 单页数量 */
  page_size?: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.child.nodeitem.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChildNodeitemQueryResponse {
  /** 查询结果 */
  page_vo?: YunosTvpubadminContentChildNodeitemQueryPageVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageVo` of `yunos.tvpubadmin.content.child.nodeitem.query`. */
export interface YunosTvpubadminContentChildNodeitemQueryPageVo {
  /** 总数 */
  total?: Int64;
  /** 内容列表 */
  record_list?: YunosTvpubadminContentChildNodeitemQueryChildNodeContentVo[];
  /** 页码 */
  page_no?: Int64;
  /** 单页数量 */
  page_size?: Int64;
}

/** `ChildNodeContentVo` of `yunos.tvpubadmin.content.child.nodeitem.query`. */
export interface YunosTvpubadminContentChildNodeitemQueryChildNodeContentVo {
  /** 主键ID */
  id?: Int64;
  /** 内容名称 */
  name?: string;
  /** 图片地址 */
  picurl?: string;
  /** 所属类目ID */
  node_id?: Int64;
  /** 内容业务类型 */
  type?: string;
  /** 扩展字段 */
  extra?: string;
  /** 排序 */
  sort?: Int64;
  /** 状态 */
  status?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  node_id: 'Number',
  status: 'Number',
  page_no: 'Number',
  name: 'String',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  page_vo: {
    total: 'Number',
    record_list: [
      {
        id: 'Number',
        name: 'String',
        picurl: 'String',
        node_id: 'Number',
        type: 'String',
        extra: 'String',
        sort: 'Number',
        status: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
      },
    ],
    page_no: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.child.nodeitem.query`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChildNodeitemQueryOperation = {
  method: 'yunos.tvpubadmin.content.child.nodeitem.query',
  responseRoot: 'yunos_tvpubadmin_content_child_nodeitem_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询少儿大厅类目内容 — calls TOP method `yunos.tvpubadmin.content.child.nodeitem.query`.
 *
 * 查询少儿大厅类目内容信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChildNodeitemQuery(
  client: TopClient,
  request: YunosTvpubadminContentChildNodeitemQueryRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminContentChildNodeitemQueryResponse> {
  return client.call<YunosTvpubadminContentChildNodeitemQueryResponse>(
    {
      method: 'yunos.tvpubadmin.content.child.nodeitem.query',
      responseRoot: 'yunos_tvpubadmin_content_child_nodeitem_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
