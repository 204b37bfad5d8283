// Generated from specs/tvupadmin/yunos.tvpubadmin.content.show.getlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.show.getlist` (节目审核获取节目列表). */
export interface YunosTvpubadminContentShowGetlistRequest {
  /** 视频外部来源类型: 1:YOUKU, 2:MONGO_TV, 3:TAOTVMEDIA, 4:GOLIVE */
  ext_type?: Int64Input;
  /** 时间查询范围，结束时间 */
  gmt_end?: string;
  /** 审核状态：1未提审，2审核中，3通过，4不通过，5已下线 */
  license_state?: Int64Input;
  /** 分页 */
  page_size: Int64Input;
  /** 节目ID */
  show_id?: string;
  /** 视频ID */
  ext_video_str_id?: string;
  /** 时间类型：1-licenseSubmitTime, 2-licenseAuditTime, 3-youkuPublishTime */
  date_type?: Int64Input;
  /** 主分类 */
  category?: Int64Input;
  /** 节目名称 */
  show_name?: string;
  /** 分页，页码 */
  page_no: Int64Input;
  /** 时间查询范围，开始时间 */
  gmt_start?: string;
  /** 牌照方 */
  license: Int64Input;
  /** 视频名称 */
  video_title_like?: string;
  /** 老媒资ID(program_id) */
  vmac_long_id?: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.show.getlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentShowGetlistResponse {
  /** object */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ext_type: 'Number',
  gmt_end: 'String',
  license_state: 'Number',
  page_size: 'Number',
  show_id: 'String',
  ext_video_str_id: 'String',
  date_type: 'Number',
  category: 'Number',
  show_name: 'String',
  page_no: 'Number',
  gmt_start: 'String',
  license: 'Number',
  video_title_like: 'String',
  vmac_long_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.show.getlist`: method, response root, request and response schemas. */
export const yunosTvpubadminContentShowGetlistOperation = {
  method: 'yunos.tvpubadmin.content.show.getlist',
  responseRoot: 'yunos_tvpubadmin_content_show_getlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 节目审核获取节目列表 — calls TOP method `yunos.tvpubadmin.content.show.getlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentShowGetlist(
  client: TopClient,
  request: YunosTvpubadminContentShowGetlistRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentShowGetlistResponse> {
  return client.call<YunosTvpubadminContentShowGetlistResponse>(
    {
      method: 'yunos.tvpubadmin.content.show.getlist',
      responseRoot: 'yunos_tvpubadmin_content_show_getlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
