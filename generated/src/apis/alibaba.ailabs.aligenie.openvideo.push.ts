// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.openvideo.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.openvideo.push` (天猫精灵内容库视频分集数据推送接口). */
export interface AlibabaAilabsAligenieOpenvideoPushRequest {
  /**
   * 待推送的视频数据
   *
   * Max list size: 1000
   */
  videos: AlibabaAilabsAligenieOpenvideoPushRawSingleVideoInput[];
}

/** Response of `alibaba.ailabs.aligenie.openvideo.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieOpenvideoPushResponse {
  /** 状态码 */
  ret_code?: Int64;
  /** 描述 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RawSingleVideo` of `alibaba.ailabs.aligenie.openvideo.push`. */
export interface AlibabaAilabsAligenieOpenvideoPushRawSingleVideoInput {
  /** 发布时间，unix时间戳，单位毫秒 */
  release_time?: Int64Input;
  /** 系统标签ID，取值参见文档说明 */
  tag_ids?: Int64Input[];
  /** 付费类型 0-免费、1-VIP免费、2-单点、3-用券 */
  charge_type: Int64Input;
  /** 所属视频集ID */
  album_id?: string;
  /** 视频描述信息 */
  description?: string;
  /** 语言 */
  language?: string;
  /** 点赞数 */
  like_count?: Int64Input;
  /** 演员 */
  actor_name?: string[];
  /** 视频标题 */
  title: string;
  /** 播放链接，Map，key为support_definition的值 */
  play_url?: string;
  /** 视频时长，单位:秒 */
  duration: Int64Input;
  /** 是否独播 0-非独播 1-独播 */
  is_exclusive?: Int64Input;
  /** 子标题 */
  sub_title?: string;
  /** 失效时间,unix时间戳,单位:毫秒,为空则永不失效 */
  valid_end_time?: Int64Input;
  /** 导演 */
  director_name?: string[];
  /** 别名 */
  alias?: string[];
  /** 视频ID,不同的专辑间也要保证唯一 */
  id: string;
  /** 转发量 */
  forward_count?: Int64Input;
  /** 区域 */
  area?: string;
  /** 视频封面(竖图296 * 440，根据搜索规则，提供竖图用户搜索时可优先搜索到此内容) */
  v_cover_url?: string;
  /** 系统类目ID，取值范围见文档 */
  common_cate_id?: Int64Input;
  /** 生效时间,unix时间戳,单位:毫秒,为空则立即生效 */
  valid_start_time?: Int64Input;
  /** 支撑的分辨率 */
  support_definition: string[];
  /** 出品人 */
  producer_name?: string[];
  /** 收藏量 */
  collect_count?: Int64Input;
  /** 视频来源类型，PGC/UGC/OGC */
  oupgc_type: string;
  /** 评论量 */
  comment_count?: Int64Input;
  /** 视频封面(横图，图片尺寸是295 * 167) */
  cover_url: string;
  /** 播放量 */
  play_count?: Int64Input;
  /** 上传者名称 */
  uploader_name?: string[];
  /** 视频在所属视频集中的排序号 */
  order_index?: Int64Input;
  /** 内容质量评分 */
  content_score?: Int64Input;
  /** 操作类型ADD/DELETE/UPDATE */
  operation: string;
  /** 建议最高零售价(单位:分) */
  suggest_max_price?: Int64Input;
  /** 建议最低零售价(单位:分) */
  suggest_min_price?: Int64Input;
  /** 成本价(单位:分) */
  cost_price?: Int64Input;
  /** 试看秒数，若支持试看填1，否则填0 */
  audition_second: Int64Input;
}

const REQUEST_SCHEMA = {
  videos: [
    {
      release_time: 'Number',
      tag_ids: ['Number'],
      charge_type: 'Number',
      album_id: 'String',
      description: 'String',
      language: 'String',
      like_count: 'Number',
      actor_name: ['String'],
      title: 'String',
      play_url: 'String',
      duration: 'Number',
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
      support_definition: ['String'],
      producer_name: ['String'],
      collect_count: 'Number',
      oupgc_type: 'String',
      comment_count: 'Number',
      cover_url: 'String',
      play_count: 'Number',
      uploader_name: ['String'],
      order_index: 'Number',
      content_score: 'Number',
      operation: 'String',
      suggest_max_price: 'Number',
      suggest_min_price: 'Number',
      cost_price: 'Number',
      audition_second: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.openvideo.push`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieOpenvideoPushOperation = {
  method: 'alibaba.ailabs.aligenie.openvideo.push',
  responseRoot: 'alibaba_ailabs_aligenie_openvideo_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵内容库视频分集数据推送接口 — calls TOP method `alibaba.ailabs.aligenie.openvideo.push`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieOpenvideoPush(
  client: TopClient,
  request: AlibabaAilabsAligenieOpenvideoPushRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieOpenvideoPushResponse> {
  return client.call<AlibabaAilabsAligenieOpenvideoPushResponse>(
    {
      method: 'alibaba.ailabs.aligenie.openvideo.push',
      responseRoot: 'alibaba_ailabs_aligenie_openvideo_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
