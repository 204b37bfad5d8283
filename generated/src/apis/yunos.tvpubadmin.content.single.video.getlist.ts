// Generated from specs/tvupadmin/yunos.tvpubadmin.content.single.video.getlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.single.video.getlist` (单视频审核获取视频列表). */
export interface YunosTvpubadminContentSingleVideoGetlistRequest {
  /** 视频外部来源类型: 1:YOUKU, 2:MONGO_TV, 3:TAOTVMEDIA, 4:GOLIVE */
  ext_type?: Int64Input;
  /** 审核状态：1未提审，2审核中，3通过，4不通过，5已下线 */
  license_state?: Int64Input;
  /** 单页数量 */
  page_size: Int64Input;
  /** 查询时间范围，结束时间 */
  gmt_end?: string;
  /** 视频id */
  ext_video_str_id?: string;
  /**
   * 查询多个审核状态
   *
   * Max list size: 20
   */
  license_state_list?: Int64Input[];
  /** 时间类型：1-licenseSubmitTime, 2-licenseAuditTime, 3-youkuPublishTime */
  date_type?: Int64Input;
  /** 主分类 */
  category?: Int64Input;
  /** 页码 */
  page_no: Int64Input;
  /** 查询时间范围，开始时间 */
  gmt_start?: string;
  /** 牌照方 */
  license: Int64Input;
  /** 视屏名称 */
  video_title_like?: string;
  /** 审核优先级，紧急4，高3，中2，低1 */
  priority?: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.single.video.getlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentSingleVideoGetlistResponse {
  /** object */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ext_type: 'Number',
  license_state: 'Number',
  page_size: 'Number',
  gmt_end: 'String',
  ext_video_str_id: 'String',
  license_state_list: ['Number'],
  date_type: 'Number',
  category: 'Number',
  page_no: 'Number',
  gmt_start: 'String',
  license: 'Number',
  video_title_like: 'String',
  priority: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.single.video.getlist`: method, response root, request and response schemas. */
export const yunosTvpubadminContentSingleVideoGetlistOperation = {
  method: 'yunos.tvpubadmin.content.single.video.getlist',
  responseRoot: 'yunos_tvpubadmin_content_single_video_getlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单视频审核获取视频列表 — calls TOP method `yunos.tvpubadmin.content.single.video.getlist`.
 *
 * 牌照方在审核单视频时获取单视频列表接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentSingleVideoGetlist(
  client: TopClient,
  request: YunosTvpubadminContentSingleVideoGetlistRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentSingleVideoGetlistResponse> {
  return client.call<YunosTvpubadminContentSingleVideoGetlistResponse>(
    {
      method: 'yunos.tvpubadmin.content.single.video.getlist',
      responseRoot: 'yunos_tvpubadmin_content_single_video_getlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
