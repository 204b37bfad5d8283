// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.videoalbum.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.videoalbum.push` (天猫精灵内容库视频合辑数据推送接口). */
export interface AlibabaAilabsAligenieVideoalbumPushRequest {
  /**
   * 视频合辑数据
   *
   * Max list size: 200
   */
  param1: AlibabaAilabsAligenieVideoalbumPushRawVideoAlbumInput[];
}

/** Response of `alibaba.ailabs.aligenie.videoalbum.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieVideoalbumPushResponse {
  /** 状态码 */
  ret_code?: Int64;
  /** 描述 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RawVideoAlbum` of `alibaba.ailabs.aligenie.videoalbum.push`. */
export interface AlibabaAilabsAligenieVideoalbumPushRawVideoAlbumInput {
  /** 标签ID，具体取值范围参见文档说明 */
  tag_ids?: Int64Input[];
  /** 付费类型 0-免费、1-VIP免费、2-整本专辑售卖 */
  charge_type: Int64Input;
  /** 描述 */
  description?: string;
  /** 语言 */
  language?: string;
  /** 点赞数 */
  like_count?: Int64Input;
  /** 演员名称 */
  actor_name?: string[];
  /** 标题（若需显示集数，请填写：第X集：视频名称；如第一集：天猫精灵） */
  title: string;
  /** 播放顺序0-顺序，1-倒序 */
  play_order?: Int64Input;
  /** 包含视频总集数 */
  total_episode?: Int64Input;
  /** 是否独播 0-非独播 1-独播 */
  is_exclusive?: Int64Input;
  /** 子标题 */
  sub_title?: string;
  /** 失效时间,unix时间戳,单位:毫秒,为空则永不失效 */
  valid_end_time?: Int64Input;
  /** 导演名称 */
  director_name?: string[];
  /** 别名 */
  alias?: string[];
  /** 三方视频辑ID */
  id: string;
  /** 转发量 */
  forward_count?: Int64Input;
  /** 区域 */
  area?: string;
  /** 专辑封面(竖图296 * 440，根据搜索规则，提供竖图用户搜索时可优先搜索到此内容) */
  v_cover_url: string;
  /** 类目ID，参见相关文档说明 */
  common_cate_id: Int64Input;
  /** 生效时间,unix时间戳,单位:毫秒,为空则立即生效 */
  valid_start_time?: Int64Input;
  /** 出品方 */
  producer_name?: string[];
  /** 收藏量 */
  collect_count?: Int64Input;
  /** 是否完结，0-否，1-是，默认0 */
  is_finished?: Int64Input;
  /** 视频来源类型，PGC/UGC/OGC */
  oupgc_type: string;
  /** 评论量 */
  comment_count?: Int64Input;
  /** 专辑封面(横图，图片尺寸是295 * 167) */
  cover_url: string;
  /** 播放量 */
  play_count?: Int64Input;
  /** 上传者名称 */
  uploader_name?: string[];
  /** 评分 */
  content_score?: string;
  /** 操作类型 ADD/UPDATE/DELETE */
  operation: string;
  /** 建议最高零售价(单位:分) */
  suggest_max_price?: Int64Input;
  /** 建议最低零售价(单位:分) */
  suggest_min_price?: Int64Input;
  /** 成本价(单位:分) */
  cost_price?: Int64Input;
  /** 试看数(表示前N个视频支持试看) */
  audition_num?: Int64Input;
  /** 更新到第几集，如果是未完结状态此字段必填 */
  update_index?: Int64Input;
  /** 发布时间,unix时间戳,单位:毫秒 */
  release_time?: Int64Input;
}

const REQUEST_SCHEMA = {
  param1: [
    {
      tag_ids: ['Number'],
      charge_type: 'Number',
      description: 'String',
      language: 'String',
      like_count: 'Number',
      actor_name: ['String'],
      title: 'String',
      play_order: 'Number',
      total_episode: 'Number',
      is_exclusive: 'Number',
      sub_title: 'String',
      valid_end_time: 'Number',
      director_name: ['String'],
      alias: ['String'],
      id: 'String',
      forward_count: 'Number',
      area: 'String',
      v_cover_url: 'String',
      common_cate_id: 'Number',
      valid_start_time: 'Number',
      producer_name: ['String'],
      collect_count: 'Number',
      is_finished: 'Number',
      oupgc_type: 'String',
      comment_count: 'Number',
      cover_url: 'String',
      play_count: 'Number',
      uploader_name: ['String'],
      content_score: 'String',
      operation: 'String',
      suggest_max_price: 'Number',
      suggest_min_price: 'Number',
      cost_price: 'Number',
      audition_num: 'Number',
      update_index: 'Number',
      release_time: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.videoalbum.push`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieVideoalbumPushOperation = {
  method: 'alibaba.ailabs.aligenie.videoalbum.push',
  responseRoot: 'alibaba_ailabs_aligenie_videoalbum_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵内容库视频合辑数据推送接口 — calls TOP method `alibaba.ailabs.aligenie.videoalbum.push`.
 *
 * 三方内容合作厂商可将视频辑数据通过此接口推送至天猫精灵内容库接入中，供天猫精灵使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieVideoalbumPush(
  client: TopClient,
  request: AlibabaAilabsAligenieVideoalbumPushRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieVideoalbumPushResponse> {
  return client.call<AlibabaAilabsAligenieVideoalbumPushResponse>(
    {
      method: 'alibaba.ailabs.aligenie.videoalbum.push',
      responseRoot: 'alibaba_ailabs_aligenie_videoalbum_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
