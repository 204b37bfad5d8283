// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.opencontent.scenepush.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.opencontent.scenepush` (音频场景接入接口). */
export interface AlibabaAilabsAligenieOpencontentScenepushRequest {
  /** 0 无场景接入 1 关联应用接入 */
  scene_type?: Int64Input;
  /** 如果关联应用此字段为应用id */
  scene_value?: string;
  /** 详细内容列表 */
  batch_content?: AlibabaAilabsAligenieOpencontentScenepushBatchContentInput;
}

/** Response of `alibaba.ailabs.aligenie.opencontent.scenepush`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieOpencontentScenepushResponse {
  /** 错误码 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchContent` of `alibaba.ailabs.aligenie.opencontent.scenepush`. */
export interface AlibabaAilabsAligenieOpencontentScenepushBatchContentInput {
  /** 类目ID，具体参见开放平台类目相关描述 */
  category_id: Int64Input;
  /** 内容信息 */
  open_contents?: AlibabaAilabsAligenieOpencontentScenepushOpenContentInput[];
}

/** `OpenContent` of `alibaba.ailabs.aligenie.opencontent.scenepush`. */
export interface AlibabaAilabsAligenieOpencontentScenepushOpenContentInput {
  /** 内容所属专辑或分类描述信息 */
  album_description?: string;
  /** 内容在原平台所属专辑或分类的id */
  album_raw_id?: Int64Input;
  /** 内容所属专辑或分类名称/标题,这里如果专辑标题是空则不同步专辑信息 */
  album_title?: string;
  /** 作者信息 */
  author?: AlibabaAilabsAligenieOpencontentScenepushAuthorInput;
  /** 商业化类型请先和平台小二确认再调用！ 0-免费、1-一号两端鉴权单篇售卖、2-一号两端鉴权专辑售卖、3-天猫精灵侧分销零售专辑售卖、4-天猫精灵超级会员售卖 当取4时s_super_vip_free必须为true否则为false */
  charge_type: Int64Input;
  /** 内容描述信息(限长500) */
  description?: string;
  /** 描述类型,如果描述是TTS类型会做TTS处理 */
  description_type?: string;
  /** 时长(单位:秒) */
  duration: Int64Input;
  /** 其他扩展字段，不同类型内容有不同要求，具体请参加详细说明文档extend_info字段部分 */
  extend_info?: string;
  /** 封面图片信息 */
  image_url: AlibabaAilabsAligenieOpencontentScenepushImageUrlInput;
  /** 操作方式，支持新增和下线操作(ADD/OFFLINE) */
  operation: string;
  /** 内容在原平台播放次数 */
  play_count: Int64Input;
  /** 播放顺序 0 正序 1 倒序 */
  play_order: Int64Input;
  /** 播放链接 */
  play_urls?: AlibabaAilabsAligenieOpencontentScenepushPlayUrlInput[];
  /** 产品描述信息 */
  product_desc?: string;
  /** 内容在原平台的id，当只推送专辑信息时，此值可填0 */
  raw_id: Int64Input;
  /** 内容发布时间，1970年1月1日至当前的秒数(unix时间戳) */
  release_time: Int64Input;
  /** 备注 */
  remark?: string;
  /** 在有所属专辑/分类的场景下，标识此音频在专辑/分类下的顺序值，从1开始 */
  sort_num?: Int64Input;
  /** 标签id见智能应用平台 */
  tag_ids?: Int64Input[];
  /** 内容标题 */
  title?: string;
  /** 是否vip付费 */
  vip_free: boolean;
  /** 成本价(单位分)，没有明确区分就成本最高最低传一样的值 */
  cost_price?: Int64Input;
  /** 最小建议零售价(单位分)，没有明确区分就成本最高最低传一样的值 */
  suggest_min_price?: Int64Input;
  /** 最大建议零售价(单位分)，没有明确区分就成本最高最低传一样的值 */
  suggest_max_price?: Int64Input;
  /** 专辑是否支持试听,默认为false */
  is_album_audition?: boolean;
  /** 内容分集是否支持试听,默认为false */
  is_audition?: boolean;
  /** 是否仅大会员内容 */
  is_super_vip_free?: boolean;
  /** 专辑评分 */
  score?: Int64Input;
}

/** `Author` of `alibaba.ailabs.aligenie.opencontent.scenepush`. */
export interface AlibabaAilabsAligenieOpencontentScenepushAuthorInput {
  /** 内容作者，对应音乐为作词、作曲人，对应小说故事为原著作者 */
  content_author?: string;
  /** 主播，演唱者，演播者 */
  voice_author?: string;
}

/** `ImageUrl` of `alibaba.ailabs.aligenie.opencontent.scenepush`. */
export interface AlibabaAilabsAligenieOpencontentScenepushImageUrlInput {
  /** 大图链接(具体大小范围暂无标准，接入方自定) */
  large?: string;
  /** 中图链接(具体大小范围暂无标准，接入方自定) */
  medium?: string;
  /** 小图链接(具体大小范围暂无标准，接入方自定) */
  small?: string;
  /** 如果不知道放那个就传默认图片 */
  img?: string;
}

/** `PlayUrl` of `alibaba.ailabs.aligenie.opencontent.scenepush`. */
export interface AlibabaAilabsAligenieOpencontentScenepushPlayUrlInput {
  /** 码率 */
  bitrate?: Int64Input;
  /** 节目音视频类型，目前支持audio及video两种类型 */
  type?: string;
  /** 可播放链接 */
  url?: string;
}

const REQUEST_SCHEMA = {
  scene_type: 'Number',
  scene_value: 'String',
  batch_content: {
    category_id: 'Number',
    open_contents: [
      {
        album_description: 'String',
        album_raw_id: 'Number',
        album_title: 'String',
        author: {
          content_author: 'String',
          voice_author: 'String',
        },
        charge_type: 'Number',
        description: 'String',
        description_type: 'String',
        duration: 'Number',
        extend_info: 'String',
        image_url: {
          large: 'String',
          medium: 'String',
          small: 'String',
          img: 'String',
        },
        operation: 'String',
        play_count: 'Number',
        play_order: 'Number',
        play_urls: [
          {
            bitrate: 'Number',
            type: 'String',
            url: 'String',
          },
        ],
        product_desc: 'String',
        raw_id: 'Number',
        release_time: 'Number',
        remark: 'String',
        sort_num: 'Number',
        tag_ids: ['Number'],
        title: 'String',
        vip_free: 'Boolean',
        cost_price: 'Number',
        suggest_min_price: 'Number',
        suggest_max_price: 'Number',
        is_album_audition: 'Boolean',
        is_audition: 'Boolean',
        is_super_vip_free: 'Boolean',
        score: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.opencontent.scenepush`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieOpencontentScenepushOperation = {
  method: 'alibaba.ailabs.aligenie.opencontent.scenepush',
  responseRoot: 'alibaba_ailabs_aligenie_opencontent_scenepush_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 音频场景接入接口 — calls TOP method `alibaba.ailabs.aligenie.opencontent.scenepush`.
 *
 * 天猫精灵音频挂靠场景接入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieOpencontentScenepush(
  client: TopClient,
  request: AlibabaAilabsAligenieOpencontentScenepushRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieOpencontentScenepushResponse> {
  return client.call<AlibabaAilabsAligenieOpencontentScenepushResponse>(
    {
      method: 'alibaba.ailabs.aligenie.opencontent.scenepush',
      responseRoot: 'alibaba_ailabs_aligenie_opencontent_scenepush_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
