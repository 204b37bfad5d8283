// Generated from specs/pur/alibaba.pur.media.statistics.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.media.statistics` (新媒体统计信息). */
export interface AlibabaPurMediaStatisticsRequest {
  /**
   * 新媒体统计对象
   *
   * Max list size: 20
   */
  media_statistics_d_t_o?: AlibabaPurMediaStatisticsMediaStatisticsDtoInput[];
}

/** Response of `alibaba.pur.media.statistics`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurMediaStatisticsResponse {
  /** 获取url的出参 */
  result?: AlibabaPurMediaStatisticsActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MediaStatisticsDto` of `alibaba.pur.media.statistics`. */
export interface AlibabaPurMediaStatisticsMediaStatisticsDtoInput {
  /** 文章摘要 */
  summary?: string;
  /** 榜单排名 */
  rowno?: string;
  /** 头条点赞数 */
  top_avg_likenum?: string;
  /** 榜单所属月份 */
  result_month?: string;
  /** 榜单排名变化 */
  rowno_up?: string;
  /** 平均评论数 */
  avg_comments_num?: string;
  /** 榜单指数变化 */
  ci_up?: string;
  /** 品类名称 */
  category_name?: string;
  /** 文章标题 */
  title?: string;
  /** 阅读数 */
  read_num?: string;
  /** 昵称 */
  nick_name?: string;
  /** 平均转发数 */
  avg_reposts_num?: string;
  /** 名称 */
  name?: string;
  /** 次条点赞数 */
  second_avg_likenum?: string;
  /** 原创比例 */
  copyright_proportion?: string;
  /** 发布时间 */
  post_time?: string;
  /** 头条阅读数 */
  top_avg_readnum?: string;
  /** 转发数 */
  reposts_num?: string;
  /** 发布次数 */
  url_times?: string;
  /** 品类ID */
  category_id?: string;
  /** 评论数 */
  comments_num?: string;
  /** 文章地址 */
  url?: string;
  /** 文章正文 */
  content?: string;
  /** 3-N条阅读数 */
  other_avg_readnum?: string;
  /** 超过10w的文章数 */
  url_num_more_tenw?: string;
  /** 好看数 */
  like_num?: string;
  /** 次条阅读数 */
  second_avg_readnum?: string;
  /** 榜单指数 */
  ci?: string;
  /** 平均点赞数 */
  avg_like_num?: string;
  /** 原创发布数 */
  copyright_url_num?: string;
  /** 发布文章数 */
  url_num?: string;
  /** 榜单分类排名 */
  types_rowno?: string;
  /** 平均阅读数 */
  avg_read_num?: string;
  /** 文章类型 */
  article_type?: string;
  /** 榜单类型 */
  board_type?: string;
  /** 统计时间 */
  statistic_time?: string;
  /** 发布类型 */
  post_type?: string;
}

/** `ActionResult` of `alibaba.pur.media.statistics`. */
export interface AlibabaPurMediaStatisticsActionResult {
  /** 返回结果 */
  content?: string;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  media_statistics_d_t_o: [
    {
      summary: 'String',
      rowno: 'String',
      top_avg_likenum: 'String',
      result_month: 'String',
      rowno_up: 'String',
      avg_comments_num: 'String',
      ci_up: 'String',
      category_name: 'String',
      title: 'String',
      read_num: 'String',
      nick_name: 'String',
      avg_reposts_num: 'String',
      name: 'String',
      second_avg_likenum: 'String',
      copyright_proportion: 'String',
      post_time: 'String',
      top_avg_readnum: 'String',
      reposts_num: 'String',
      url_times: 'String',
      category_id: 'String',
      comments_num: 'String',
      url: 'String',
      content: 'String',
      other_avg_readnum: 'String',
      url_num_more_tenw: 'String',
      like_num: 'String',
      second_avg_readnum: 'String',
      ci: 'String',
      avg_like_num: 'String',
      copyright_url_num: 'String',
      url_num: 'String',
      types_rowno: 'String',
      avg_read_num: 'String',
      article_type: 'String',
      board_type: 'String',
      statistic_time: 'String',
      post_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.media.statistics`: method, response root, request and response schemas. */
export const alibabaPurMediaStatisticsOperation = {
  method: 'alibaba.pur.media.statistics',
  responseRoot: 'alibaba_pur_media_statistics_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新媒体统计信息 — calls TOP method `alibaba.pur.media.statistics`.
 *
 * 清博同步新媒体的统计信息给到采购平台
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurMediaStatistics(
  client: TopClient,
  request: AlibabaPurMediaStatisticsRequest = {},
  options?: CallOptions,
): Promise<AlibabaPurMediaStatisticsResponse> {
  return client.call<AlibabaPurMediaStatisticsResponse>(
    {
      method: 'alibaba.pur.media.statistics',
      responseRoot: 'alibaba_pur_media_statistics_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
