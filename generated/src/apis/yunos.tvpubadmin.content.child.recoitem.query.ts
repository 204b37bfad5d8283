// Generated from specs/tvupadmin/yunos.tvpubadmin.content.child.recoitem.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.child.recoitem.query` (查询少儿大厅推荐内容列表). */
export interface YunosTvpubadminContentChildRecoitemQueryRequest {
  /** 主键ID */
  id?: Int64Input;
  /** 所属类目ID */
  node_id?: Int64Input;
  /** 状态 */
  status?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 名称 */
  name?: string;
  /** 单页数量 */
  page_size?: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.child.recoitem.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentChildRecoitemQueryResponse {
  /** 搜索结果 */
  result?: YunosTvpubadminContentChildRecoitemQueryPageVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageVo` of `yunos.tvpubadmin.content.child.recoitem.query`. */
export interface YunosTvpubadminContentChildRecoitemQueryPageVo {
  /** 总数 */
  total?: Int64;
  /** 内容列表 */
  record_list?: YunosTvpubadminContentChildRecoitemQueryChildRecItemVo[];
  /** 页码 */
  page_no?: Int64;
  /** 单页数量 */
  page_size?: Int64;
}

/** `ChildRecItemVo` of `yunos.tvpubadmin.content.child.recoitem.query`. */
export interface YunosTvpubadminContentChildRecoitemQueryChildRecItemVo {
  /** 自增ID */
  id?: Int64;
  /** 名称 */
  name?: string;
  /** 版本 */
  version?: Int64;
  /** 所属类目 */
  node_id?: Int64;
  /** 布局ID */
  layout_id?: Int64;
  /** 状态：1-上线，0-下线 */
  status?: Int64;
  /** 排序 */
  sort?: Int64;
  /** 业务类型 */
  type?: string;
  /** 扩展数据 */
  extra?: string;
  /** 主题ID */
  rule_id?: Int64;
  /** 图片链接 */
  pic_url?: string;
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
  result: {
    total: 'Number',
    record_list: [
      {
        id: 'Number',
        name: 'String',
        version: 'Number',
        node_id: 'Number',
        layout_id: 'Number',
        status: 'Number',
        sort: 'Number',
        type: 'String',
        extra: 'String',
        rule_id: 'Number',
        pic_url: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
      },
    ],
    page_no: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.child.recoitem.query`: method, response root, request and response schemas. */
export const yunosTvpubadminContentChildRecoitemQueryOperation = {
  method: 'yunos.tvpubadmin.content.child.recoitem.query',
  responseRoot: 'yunos_tvpubadmin_content_child_recoitem_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询少儿大厅推荐内容列表 — calls TOP method `yunos.tvpubadmin.content.child.recoitem.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentChildRecoitemQuery(
  client: TopClient,
  request: YunosTvpubadminContentChildRecoitemQueryRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminContentChildRecoitemQueryResponse> {
  return client.call<YunosTvpubadminContentChildRecoitemQueryResponse>(
    {
      method: 'yunos.tvpubadmin.content.child.recoitem.query',
      responseRoot: 'yunos_tvpubadmin_content_child_recoitem_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
