// Generated from specs/wenyuvideo/youku.wenyuvideo.persion.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.wenyuvideo.persion.get` (根据优酷人物ID获取人物详情页，包含相关影视和相关人物). */
export interface YoukuWenyuvideoPersionGetRequest {
  /** 人物ID */
  person_id?: Int64Input;
  /** 设备信息 */
  system_info?: string;
}

/** Response of `youku.wenyuvideo.persion.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuWenyuvideoPersionGetResponse {
  /** 接口返回model */
  result?: YoukuWenyuvideoPersionGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `youku.wenyuvideo.persion.get`. */
export interface YoukuWenyuvideoPersionGetResult {
  /** 人物详情信息，包含相关影视和相关人物 */
  model?: YoukuWenyuvideoPersionGetPersonDetailRbo;
  /** HTTP请求状态 */
  http_status_code?: Int64;
  /** 业务扩展数据 */
  biz_ext_map?: string;
  /** 错误码，业务错误码 */
  msg_code?: string;
  /** 业务错误提示 */
  msg_info?: string;
  /** 接口调用是否成功 */
  success?: boolean;
}

/** `PersonDetailRbo` of `youku.wenyuvideo.persion.get`. */
export interface YoukuWenyuvideoPersionGetPersonDetailRbo {
  /** 主键(优酷人物ID) */
  id?: Int64;
  /** 人物名字 */
  name?: string;
  /** 图片 */
  thumb_url?: string;
  /** 300*300人物头像 */
  thumb_url_lg?: string;
  /** 人物海报 */
  poster_url?: string;
  /** 人物写真 */
  poster_url_h?: string;
  /** 简介 */
  person_desc?: string;
  /** 性别 U(nknow):未知 M(ale):男 F(emale):女 G(roup):组合 */
  gender?: string;
  /** 生日 */
  birthday?: string;
  /** 忌日 */
  deathday?: string;
  /** 出生地 */
  homeplace?: string;
  /** 身高，单位cm */
  height?: string;
  /** 血型 A、B、AB、O */
  blood_type?: string;
  /** 人物类型：unknow,director,starring,performer,singer,lyricswriter,composer,screenwriter,producer,host,voice, * executive_producer,teacher,original, interview,paike */
  person_type_list?: string[];
  /** 人物国籍 */
  nationality_list?: string[];
  /** 职业 */
  occupation_list?: string[];
  /** 人物性质：牛人,拍客,网络红人 */
  person_kind_list?: string[];
  /** 组合成员，如果人物是一个组合，则允许设置下面的成员，人员也是一人物记录。输出格式[{'id':20349,'name':'张宇凡'},{'id':35994,'name':'袁泉'}] */
  member_list?: string[];
  /** 人物相关视频推荐 */
  ref_shows?: YoukuWenyuvideoPersionGetShowBaseRbo[];
  /** 人物相关人物推荐 */
  ref_persons?: YoukuWenyuvideoPersionGetPersonRbo[];
  /** 星座 */
  constellation?: string;
}

/** `ShowBaseRbo` of `youku.wenyuvideo.persion.get`. */
export interface YoukuWenyuvideoPersionGetShowBaseRbo {
  /** 节目名称 */
  show_name?: string;
  /** 节目默认图片url */
  show_thumb_url?: string;
  /** 节目竖版图片url */
  show_vthumb_url?: string;
  /** 展示类型 */
  show_type?: Int64;
  /** 节目主分类 */
  show_category?: Int64;
  /** 是否动态更新集数 */
  is_dyn_total?: Int64;
  /** 最新一集 */
  last_sequence?: Int64;
  /** 正片总集数 */
  episode_total?: Int64;
  /** 评分 */
  score?: string;
  /** 是否预告片 */
  prevue?: boolean;
  /** 角标 */
  mark?: string;
  /** 老媒资节目ID（整体兼容使用，不建议客户端使用） */
  program_id?: Int64;
  /** 发行日期 */
  release_date?: string;
  /** tag标记 */
  view_tag?: string;
  /** 最后一个正片集数 */
  episode_last?: Int64;
  /** 影视信息在列表搜索等未知的重要提示 */
  tips?: string;
  /** 节目子标题 */
  show_subtitle?: string;
}

/** `PersonRbo` of `youku.wenyuvideo.persion.get`. */
export interface YoukuWenyuvideoPersionGetPersonRbo {
  /** taotv媒资的演职人员id */
  person_id?: Int64;
  /** 姓名 */
  name?: string;
  /** 人物头像 */
  thumb_url?: string;
  /** 300*300人物头像 */
  thumb_url_lg?: string;
  /** 人物海报 */
  poster_url?: string;
  /** 演职人员工作 */
  job?: string;
}

const REQUEST_SCHEMA = {
  person_id: 'Number',
  system_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      id: 'Number',
      name: 'String',
      thumb_url: 'String',
      thumb_url_lg: 'String',
      poster_url: 'String',
      poster_url_h: 'String',
      person_desc: 'String',
      gender: 'String',
      birthday: 'String',
      deathday: 'String',
      homeplace: 'String',
      height: 'String',
      blood_type: 'String',
      person_type_list: ['String'],
      nationality_list: ['String'],
      occupation_list: ['String'],
      person_kind_list: ['String'],
      member_list: ['String'],
      ref_shows: [
        {
          show_name: 'String',
          show_thumb_url: 'String',
          show_vthumb_url: 'String',
          show_type: 'Number',
          show_category: 'Number',
          is_dyn_total: 'Number',
          last_sequence: 'Number',
          episode_total: 'Number',
          score: 'String',
          prevue: 'Boolean',
          mark: 'String',
          program_id: 'Number',
          release_date: 'Date',
          view_tag: 'String',
          episode_last: 'Number',
          tips: 'String',
          show_subtitle: 'String',
        },
      ],
      ref_persons: [
        {
          person_id: 'Number',
          name: 'String',
          thumb_url: 'String',
          thumb_url_lg: 'String',
          poster_url: 'String',
          job: 'String',
        },
      ],
      constellation: 'String',
    },
    http_status_code: 'Number',
    biz_ext_map: 'String',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.wenyuvideo.persion.get`: method, response root, request and response schemas. */
export const youkuWenyuvideoPersionGetOperation = {
  method: 'youku.wenyuvideo.persion.get',
  responseRoot: 'youku_wenyuvideo_persion_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据优酷人物ID获取人物详情页，包含相关影视和相关人物 — calls TOP method `youku.wenyuvideo.persion.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuWenyuvideoPersionGet(
  client: TopClient,
  request: YoukuWenyuvideoPersionGetRequest = {},
  options?: CallOptions,
): Promise<YoukuWenyuvideoPersionGetResponse> {
  return client.call<YoukuWenyuvideoPersionGetResponse>(
    {
      method: 'youku.wenyuvideo.persion.get',
      responseRoot: 'youku_wenyuvideo_persion_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
