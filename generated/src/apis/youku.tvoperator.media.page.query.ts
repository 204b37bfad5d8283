// Generated from specs/youkuott/youku.tvoperator.media.page.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.tvoperator.media.page.query` (运营商全量媒资分页查询). */
export interface YoukuTvoperatorMediaPageQueryRequest {
  /** 系统信息（和服务提供方确认) */
  system_info?: string;
  /** 从第一页开始 */
  page_no?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
  /** 节目programId */
  program_id?: Int64Input;
}

/** Response of `youku.tvoperator.media.page.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuTvoperatorMediaPageQueryResponse {
  /** 是否成功 true:成功 false:不成功 */
  is_success?: boolean;
  /** 数据信息 */
  model?: YoukuTvoperatorMediaPageQueryModel;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Model` of `youku.tvoperator.media.page.query`. */
export interface YoukuTvoperatorMediaPageQueryModel {
  /** 总条数 */
  total_count?: Int64;
  /** 是否有下一页 */
  has_next?: boolean;
  /** 页号 */
  page_no?: Int64;
  /** 数据列表 */
  data_list?: YoukuTvoperatorMediaPageQueryData[];
  /** 分页大小 */
  page_size?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `Data` of `youku.tvoperator.media.page.query`. */
export interface YoukuTvoperatorMediaPageQueryData {
  /** 分类列表 */
  genre_list?: string[];
  /** 优酷标签 */
  youku_tags?: string;
  /** 分数 */
  score?: string;
  /** 子标题 */
  show_subtitle?: string;
  /** 更新集数 */
  episode_last?: Int64;
  /** 导演 */
  director_list?: string[];
  /** 节目banner */
  show_banner_url?: string;
  /** 演员 */
  performer_list?: string[];
  /** 分类名称 */
  show_category_name?: string;
  /** 纵向海报 */
  show_vthumb_url?: string;
  /** 节目描述 */
  show_desc?: string;
  /** 是否收费，0=免费，1=收费 */
  paid?: Int64;
  /** 发行日期 */
  release_date?: Int64;
  /** 节目国家地区列表 */
  area_list?: string[];
  /** 节目名称 */
  show_name?: string;
  /** 总集数 */
  episode_total?: Int64;
  /** 节目id */
  show_id?: string;
  /** 码流二进制组合 */
  play_set?: Int64;
  /** 时长 */
  seconds?: Int64;
  /** 横版海报 */
  show_thumb_url?: string;
  /** 媒资最后修改时间 */
  gmt_modified?: Int64;
  /** 上线下状态 */
  vmac_state?: Int64;
}

const REQUEST_SCHEMA = {
  system_info: 'String',
  page_no: 'Number',
  page_size: 'Number',
  program_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  model: {
    total_count: 'Number',
    has_next: 'Boolean',
    page_no: 'Number',
    data_list: [
      {
        genre_list: ['String'],
        youku_tags: 'String',
        score: 'String',
        show_subtitle: 'String',
        episode_last: 'Number',
        director_list: ['String'],
        show_banner_url: 'String',
        performer_list: ['String'],
        show_category_name: 'String',
        show_vthumb_url: 'String',
        show_desc: 'String',
        paid: 'Number',
        release_date: 'Number',
        area_list: ['String'],
        show_name: 'String',
        episode_total: 'Number',
        show_id: 'String',
        play_set: 'Number',
        seconds: 'Number',
        show_thumb_url: 'String',
        gmt_modified: 'Number',
        vmac_state: 'Number',
      },
    ],
    page_size: 'Number',
    total_page: 'Number',
  },
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `youku.tvoperator.media.page.query`: method, response root, request and response schemas. */
export const youkuTvoperatorMediaPageQueryOperation = {
  method: 'youku.tvoperator.media.page.query',
  responseRoot: 'youku_tvoperator_media_page_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 运营商全量媒资分页查询 — calls TOP method `youku.tvoperator.media.page.query`.
 *
 * 分页获取渠道全量媒资
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuTvoperatorMediaPageQuery(
  client: TopClient,
  request: YoukuTvoperatorMediaPageQueryRequest = {},
  options?: CallOptions,
): Promise<YoukuTvoperatorMediaPageQueryResponse> {
  return client.call<YoukuTvoperatorMediaPageQueryResponse>(
    {
      method: 'youku.tvoperator.media.page.query',
      responseRoot: 'youku_tvoperator_media_page_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
