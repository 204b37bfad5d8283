// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.openvideo.scenepush.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.openvideo.scenepush` (视频单集场景接入API). */
export interface AlibabaAilabsAligenieOpenvideoScenepushRequest {
  /** 内容接入场景0 无应用挂靠 1 应用挂靠 */
  scene_type?: Int64Input;
  /** 挂靠的应用id,在智能应用平台的地址栏可见 */
  scene_value?: string;
  /**
   * 待推送的视频数据
   *
   * Max list size: 999
   */
  param_list?: AlibabaAilabsAligenieOpenvideoScenepushRawSingleVideoInput[];
}

/** Response of `alibaba.ailabs.aligenie.openvideo.scenepush`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieOpenvideoScenepushResponse {
  /** 状态码 */
  ret_code?: Int64;
  /** 描述 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RawSingleVideo` of `alibaba.ailabs.aligenie.openvideo.scenepush`. */
export interface AlibabaAilabsAligenieOpenvideoScenepushRawSingleVideoInput {
  /** 视频封面(竖图296 * 440，根据搜索规则，提供竖图用户搜索时可优先搜索到此内容) */
  v_cover_url?: string;
  /** 演员 */
  actor_name?: string[];
  /** 所属视频集ID */
  album_id?: string;
  /** 别名 */
  alias?: string[];
  /** 区域 */
  area?: string;
  /** 试看秒数，若支持试看填1，否则填0 */
  audition_second: Int64Input;
  /** 付费类型 0-免费、1-VIP免费、2-单点、3-天猫超级会员 务必和所属专辑保持一致 */
  charge_type: Int64Input;
  /** 收藏量 */
  collect_count?: Int64Input;
  /** 评论量 */
  comment_count?: Int64Input;
  /** 系统类目ID，取值见智能应用平台 */
  common_cate_id?: Int64Input;
  /** 内容质量评分 */
  content_score?: string;
  /** 成本价(单位:分) */
  cost_price?: Int64Input;
  /** 视频封面(横图，图片尺寸是295 * 167) */
  cover_url: string;
  /** 视频描述信息 */
  description?: string;
  /** 导演 */
  director_name?: string[];
  /** 视频时长，单位:秒 */
  duration: Int64Input;
  /** 扩展字段 */
  extend_info?: string;
  /** 转发量 */
  forward_count?: Int64Input;
  /** 视频ID,不同的专辑间也要保证唯一 */
  id?: string;
  /** 是否独播 0-非独播 1-独播 */
  is_exclusive?: Int64Input;
  /** 语言 */
  language?: string;
  /** 点赞数 */
  like_count?: Int64Input;
  /** 操作类型ADD/DELETE/UPDATE */
  operation: string;
  /** 视频在所属视频集中的排序号 */
  order_index?: Int64Input;
  /** 视频来源类型，PGC/UGC/OGC */
  oupgc_type: string;
  /** 播放量 */
  play_count?: Int64Input;
  /** 播放链接，Map，key为support_definition的值 */
  play_url?: string;
  /** 出品人 */
  producer_name?: string[];
  /** 发布时间，unix时间戳，单位毫秒 */
  release_time?: Int64Input;
  /** 子标题 */
  sub_title?: string;
  /** 建议最高零售价(单位:分),只在第一次同步时生效不支持修改 */
  suggest_max_price?: Int64Input;
  /** 建议最低零售价(单位:分)只在第一次同步时生效不支持修改 */
  suggest_min_price?: Int64Input;
  /** 支撑的分辨率,此字段要和play_url严格匹配 */
  support_definition?: string[];
  /** 系统标签ID，取值见智能应用平台 */
  tag_ids?: Int64Input[];
  /** 视频标题 */
  title: string;
  /** 上传者名称 */
  uploader_name?: string[];
  /** 失效时间,unix时间戳,单位:毫秒,为空则永不失效 */
  valid_end_time?: Int64Input;
  /** 生效时间,unix时间戳,单位:毫秒,为空则立即生效 */
  valid_start_time?: Int64Input;
}

const REQUEST_SCHEMA = {
  scene_type: 'Number',
  scene_value: 'String',
  param_list: [
    {
      v_cover_url: 'String',
      actor_name: ['String'],
      album_id: 'String',
      alias: ['String'],
      area: 'String',
      audition_second: 'Number',
      charge_type: 'Number',
      collect_count: 'Number',
      comment_count: 'Number',
      common_cate_id: 'Number',
      content_score: 'String',
      cost_price: 'Number',
      cover_url: 'String',
      description: 'String',
      director_name: ['String'],
      duration: 'Number',
      extend_info: 'String',
      forward_count: 'Number',
      id: 'String',
      is_exclusive: 'Number',
      language: 'String',
      like_count: 'Number',
      operation: 'String',
      order_index: 'Number',
      oupgc_type: 'String',
      play_count: 'Number',
      play_url: 'String',
      producer_name: ['String'],
      release_time: 'Number',
      sub_title: 'String',
      suggest_max_price: 'Number',
      suggest_min_price: 'Number',
      support_definition: ['String'],
      tag_ids: ['Number'],
      title: 'String',
      uploader_name: ['String'],
      valid_end_time: 'Number',
      valid_start_time: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.openvideo.scenepush`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieOpenvideoScenepushOperation = {
  method: 'alibaba.ailabs.aligenie.openvideo.scenepush',
  responseRoot: 'alibaba_ailabs_aligenie_openvideo_scenepush_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 视频单集场景接入API — calls TOP method `alibaba.ailabs.aligenie.openvideo.scenepush`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieOpenvideoScenepush(
  client: TopClient,
  request: AlibabaAilabsAligenieOpenvideoScenepushRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieOpenvideoScenepushResponse> {
  return client.call<AlibabaAilabsAligenieOpenvideoScenepushResponse>(
    {
      method: 'alibaba.ailabs.aligenie.openvideo.scenepush',
      responseRoot: 'alibaba_ailabs_aligenie_openvideo_scenepush_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
