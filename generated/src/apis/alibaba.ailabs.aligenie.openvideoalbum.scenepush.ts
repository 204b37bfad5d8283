// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.openvideoalbum.scenepush.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.openvideoalbum.scenepush` (视频专辑场景接入接口). */
export interface AlibabaAilabsAligenieOpenvideoalbumScenepushRequest {
  /** 接入场景 0 无应用 1 挂靠应用 */
  scene_type?: Int64Input;
  /** 如果场景是1 此处为应用id */
  scene_value?: string;
  /**
   * 视频合辑数据
   *
   * Max list size: 200
   */
  param_list?: AlibabaAilabsAligenieOpenvideoalbumScenepushRawVideoAlbumInput[];
}

/** Response of `alibaba.ailabs.aligenie.openvideoalbum.scenepush`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieOpenvideoalbumScenepushResponse {
  /** 状态码 */
  ret_code?: Int64;
  /** 描述 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RawVideoAlbum` of `alibaba.ailabs.aligenie.openvideoalbum.scenepush`. */
export interface AlibabaAilabsAligenieOpenvideoalbumScenepushRawVideoAlbumInput {
  /** 专辑封面(竖图296 * 440，根据搜索规则，提供竖图用户搜索时可优先搜索到此内容) */
  v_cover_url: string;
  /** 演员名称 */
  actor_name?: string[];
  /** 别名 */
  alias?: string[];
  /** 区域 */
  area?: string;
  /** 试看数(表示前N个视频支持试看) */
  audition_num?: Int64Input;
  /** 付费类型 0-免费、1-VIP免费、2-整本专辑售卖、3-超级会员 */
  charge_type?: Int64Input;
  /** 收藏量 */
  collect_count?: Int64Input;
  /** 评论量 */
  comment_count?: Int64Input;
  /** 类目ID，参见相关文档说明 */
  common_cate_id?: Int64Input;
  /** 评分 */
  content_score?: string;
  /** 成本价(单位:分) */
  cost_price?: Int64Input;
  /** 专辑封面(横图，图片尺寸是295 * 167) */
  cover_url?: string;
  /** 描述 */
  description?: string;
  /** 导演名称 */
  director_name?: string[];
  /** 扩展字段 */
  extend_info?: string;
  /** 转发量 */
  forward_count?: Int64Input;
  /** 三方视频辑ID */
  id: string;
  /** 是否独播 0-非独播 1-独播 */
  is_exclusive?: Int64Input;
  /** 是否完结，0-否，1-是，默认0 */
  is_finished?: Int64Input;
  /** 语言 */
  language?: string;
  /** 点赞数 */
  like_count?: Int64Input;
  /** 操作类型 ADD/UPDATE/DELETE */
  operation?: string;
  /** 视频来源类型，PGC/UGC/OGC */
  oupgc_type: string;
  /** 播放量 */
  play_count?: Int64Input;
  /** 播放顺序0-顺序，1-倒序 */
  play_order?: Int64Input;
  /** 上传者名称 */
  producer_name?: string[];
  /** 发布时间,unix时间戳,单位:毫秒 */
  release_time?: Int64Input;
  /** 子标题 */
  sub_title?: string;
  /** 建议最高零售价(单位:分) */
  suggest_max_price?: Int64Input;
  /** 建议最低零售价(单位:分) */
  suggest_min_price?: Int64Input;
  /** 标签ID，具体取值范围参见文档说明 */
  tag_ids?: Int64Input[];
  /** 标题（若需显示集数，请填写：第X集：视频名称；如第一集：天猫精灵） */
  title: string;
  /** 包含视频总集数 */
  total_episode?: Int64Input;
  /** 上传者名称 */
  uploader_name?: string[];
  /** 失效时间,unix时间戳,单位:毫秒,为空则永不失效 */
  valid_end_time?: Int64Input;
  /** 生效时间,unix时间戳,单位:毫秒,为空则立即生效 */
  valid_start_time?: Int64Input;
  /** 是否教育内容 */
  is_education?: boolean;
  /** 课程形式见类目文档 */
  course_type?: Int64Input;
  /** 学段见类目文档 */
  grade_stag_id?: string;
  /** 学科见类目文档 */
  course_id?: string;
  /** 版本见类目文档 */
  book_version_id?: string;
  /** 教材见类目文档 */
  textbook_id?: string;
  /** 更新到第几集，如果是未完结状态此字段必填 */
  update_index?: Int64Input;
}

const REQUEST_SCHEMA = {
  scene_type: 'Number',
  scene_value: 'String',
  param_list: [
    {
      v_cover_url: 'String',
      actor_name: ['String'],
      alias: ['String'],
      area: 'String',
      audition_num: 'Number',
      charge_type: 'Number',
      collect_count: 'Number',
      comment_count: 'Number',
      common_cate_id: 'Number',
      content_score: 'String',
      cost_price: 'Number',
      cover_url: 'String',
      description: 'String',
      director_name: ['String'],
      extend_info: 'String',
      forward_count: 'Number',
      id: 'String',
      is_exclusive: 'Number',
      is_finished: 'Number',
      language: 'String',
      like_count: 'Number',
      operation: 'String',
      oupgc_type: 'String',
      play_count: 'Number',
      play_order: 'Number',
      producer_name: ['String'],
      release_time: 'Number',
      sub_title: 'String',
      suggest_max_price: 'Number',
      suggest_min_price: 'Number',
      tag_ids: ['Number'],
      title: 'String',
      total_episode: 'Number',
      uploader_name: ['String'],
      valid_end_time: 'Number',
      valid_start_time: 'Number',
      is_education: 'Boolean',
      course_type: 'Number',
      grade_stag_id: 'String',
      course_id: 'String',
      book_version_id: 'String',
      textbook_id: 'String',
      update_index: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.openvideoalbum.scenepush`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieOpenvideoalbumScenepushOperation = {
  method: 'alibaba.ailabs.aligenie.openvideoalbum.scenepush',
  responseRoot: 'alibaba_ailabs_aligenie_openvideoalbum_scenepush_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 视频专辑场景接入接口 — calls TOP method `alibaba.ailabs.aligenie.openvideoalbum.scenepush`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieOpenvideoalbumScenepush(
  client: TopClient,
  request: AlibabaAilabsAligenieOpenvideoalbumScenepushRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieOpenvideoalbumScenepushResponse> {
  return client.call<AlibabaAilabsAligenieOpenvideoalbumScenepushResponse>(
    {
      method: 'alibaba.ailabs.aligenie.openvideoalbum.scenepush',
      responseRoot: 'alibaba_ailabs_aligenie_openvideoalbum_scenepush_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
