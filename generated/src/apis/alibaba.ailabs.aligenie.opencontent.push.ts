// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.opencontent.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.opencontent.push` (天猫精灵内容接入标准接口). */
export interface AlibabaAilabsAligenieOpencontentPushRequest {
  /** 在Aligenie开放平台创建的技能的ID */
  skill_id: Int64Input;
  /** 详细内容列表 */
  contents: AlibabaAilabsAligenieOpencontentPushBatchContentInput;
}

/** Response of `alibaba.ailabs.aligenie.opencontent.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieOpencontentPushResponse {
  /** result */
  result?: AlibabaAilabsAligenieOpencontentPushResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchContent` of `alibaba.ailabs.aligenie.opencontent.push`. */
export interface AlibabaAilabsAligenieOpencontentPushBatchContentInput {
  /** 类目ID，具体参见开放平台类目相关描述 */
  category_id: Int64Input;
  /** 内容信息 */
  open_contents: AlibabaAilabsAligenieOpencontentPushOpenContentInput[];
}

/** `OpenContent` of `alibaba.ailabs.aligenie.opencontent.push`. */
export interface AlibabaAilabsAligenieOpencontentPushOpenContentInput {
  /** 内容在原平台所属专辑或分类的id */
  album_raw_id?: Int64Input;
  /** 内容标签 */
  tags?: string[];
  /** 内容在原平台的id，当只推送专辑信息时，此值可填0 */
  raw_id: Int64Input;
  /** 封面图片信息 */
  image_url?: AlibabaAilabsAligenieOpencontentPushImageUrlInput;
  /** 备注 */
  remark?: string;
  /** 内容所属专辑或分类名称/标题,这里如果专辑标题是空则不同步专辑信息 */
  album_title?: string;
  /** 其他扩展字段，不同类型内容有不同要求，具体请参加详细说明文档extend_info字段部分 */
  extend_info?: string;
  /** 操作方式，支持新增和删除操作(ADD/DELETE) */
  operation: string;
  /** 作者信息 */
  author?: AlibabaAilabsAligenieOpencontentPushAuthorInput;
  /** 内容标题或者名称，最长150个字符 */
  title?: string;
  /** 播放时长(单位：秒) */
  duration: Int64Input;
  /** 内容在原平台播放次数 */
  play_count: Int64Input;
  /** 内容描述信息(限长500) */
  description?: string;
  /** 内容发布时间，1970年1月1日至当前的秒数(unix时间戳) */
  release_time: Int64Input;
  /** 播放链接 */
  play_urls?: AlibabaAilabsAligenieOpencontentPushPlayUrlInput[];
  /** 内容所属专辑或分类描述信息 */
  album_description?: string;
  /** 在有所属专辑/分类的场景下，标识此音频在专辑/分类下的顺序值，从1开始 */
  sort_num?: Int64Input;
  /** 描述类型,如果描述是TTS类型会做TTS处理 */
  description_type?: string;
  /** 三方热度分1~5 */
  hot_score?: Int64Input;
}

/** `ImageUrl` of `alibaba.ailabs.aligenie.opencontent.push`. */
export interface AlibabaAilabsAligenieOpencontentPushImageUrlInput {
  /** 中图链接(具体大小范围暂无标准，接入方自定) */
  mediam?: string;
  /** 小图链接(具体大小范围暂无标准，接入方自定) */
  small?: string;
  /** 大图链接(具体大小范围暂无标准，接入方自定) */
  large?: string;
}

/** `Author` of `alibaba.ailabs.aligenie.opencontent.push`. */
export interface AlibabaAilabsAligenieOpencontentPushAuthorInput {
  /** 内容作者，对应音乐为作词、作曲人，对应小说故事为原著作者 */
  content_author?: string;
  /** 主播，演唱者，演播者 */
  voice_author?: string;
}

/** `PlayUrl` of `alibaba.ailabs.aligenie.opencontent.push`. */
export interface AlibabaAilabsAligenieOpencontentPushPlayUrlInput {
  /** 码率 */
  bitrate?: Int64Input;
  /** 可播放链接 */
  url?: string;
  /** 节目音视频类型，目前支持audio及video两种类型 */
  type?: string;
}

/** `Result` of `alibaba.ailabs.aligenie.opencontent.push`. */
export interface AlibabaAilabsAligenieOpencontentPushResult {
  /** retMsg */
  ret_msg?: string;
  /** retCode */
  ret_code?: Int64;
}

const REQUEST_SCHEMA = {
  skill_id: 'Number',
  contents: {
    category_id: 'Number',
    open_contents: [
      {
        album_raw_id: 'Number',
        tags: ['String'],
        raw_id: 'Number',
        image_url: {
          mediam: 'String',
          small: 'String',
          large: 'String',
        },
        remark: 'String',
        album_title: 'String',
        extend_info: 'String',
        operation: 'String',
        author: {
          content_author: 'String',
          voice_author: 'String',
        },
        title: 'String',
        duration: 'Number',
        play_count: 'Number',
        description: 'String',
        release_time: 'Number',
        play_urls: [
          {
            bitrate: 'Number',
            url: 'String',
            type: 'String',
          },
        ],
        album_description: 'String',
        sort_num: 'Number',
        description_type: 'String',
        hot_score: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_msg: 'String',
    ret_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.opencontent.push`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieOpencontentPushOperation = {
  method: 'alibaba.ailabs.aligenie.opencontent.push',
  responseRoot: 'alibaba_ailabs_aligenie_opencontent_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵内容接入标准接口 — calls TOP method `alibaba.ailabs.aligenie.opencontent.push`.
 *
 * 第三方内容接入天猫精灵内容库，供相关技能使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieOpencontentPush(
  client: TopClient,
  request: AlibabaAilabsAligenieOpencontentPushRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieOpencontentPushResponse> {
  return client.call<AlibabaAilabsAligenieOpencontentPushResponse>(
    {
      method: 'alibaba.ailabs.aligenie.opencontent.push',
      responseRoot: 'alibaba_ailabs_aligenie_opencontent_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
