// Generated from specs/xiami/alibaba.xiami.api.radio.myself.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.xiami.api.radio.myself.get` (我的电台). */
export interface AlibabaXiamiApiRadioMyselfGetRequest {
  /** 歌曲数量 */
  limit?: Int64Input;
}

/** Response of `alibaba.xiami.api.radio.myself.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaXiamiApiRadioMyselfGetResponse {
  /** 歌曲列表 */
  data?: AlibabaXiamiApiRadioMyselfGetSong[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Song` of `alibaba.xiami.api.radio.myself.get`. */
export interface AlibabaXiamiApiRadioMyselfGetSong {
  /** 歌曲ID */
  song_id?: Int64;
  /** 歌曲名称 */
  song_name?: string;
  /** 专辑ID */
  album_id?: Int64;
  /** 专辑名 */
  album_name?: string;
  /** 艺人ID */
  artist_id?: Int64;
  /** 艺人名 */
  artist_name?: string;
  /** 文本歌词 */
  lyric_text?: string;
  /** 推荐值 */
  recommends?: Int64;
  /** 歌曲时长（S） */
  length?: Int64;
  /** 专辑LOGO */
  logo?: string;
  /** 艺人LOGO */
  artist_logo?: string;
  /** 演唱者 */
  singers?: string;
  /** 播放次数 */
  play_counts?: Int64;
  /** 音频地址 */
  listen_file?: string;
  /** 播放时长 （同length) */
  play_seconds?: Int64;
  /** 专辑名称(同album_name) */
  title?: string;
  /** 歌曲名称（同song_name） */
  name?: string;
  /** 专辑LOGO(同logo) */
  album_logo?: string;
  /** 动态歌词（同lyric） */
  lyric_file?: string;
  /** 是否音乐人demo(0,不是,1,是) */
  demo?: Int64;
  /** 播放权限(1,可以播放,0,不可播放) */
  play_authority?: Int64;
  /** 是否已收藏 */
  favourite?: boolean;
}

const REQUEST_SCHEMA = {
  limit: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      song_id: 'Number',
      song_name: 'String',
      album_id: 'Number',
      album_name: 'String',
      artist_id: 'Number',
      artist_name: 'String',
      lyric_text: 'String',
      recommends: 'Number',
      length: 'Number',
      logo: 'String',
      artist_logo: 'String',
      singers: 'String',
      play_counts: 'Number',
      listen_file: 'String',
      play_seconds: 'Number',
      title: 'String',
      name: 'String',
      album_logo: 'String',
      lyric_file: 'String',
      demo: 'Number',
      play_authority: 'Number',
      favourite: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.xiami.api.radio.myself.get`: method, response root, request and response schemas. */
export const alibabaXiamiApiRadioMyselfGetOperation = {
  method: 'alibaba.xiami.api.radio.myself.get',
  responseRoot: 'alibaba_xiami_api_radio_myself_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 我的电台 — calls TOP method `alibaba.xiami.api.radio.myself.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaXiamiApiRadioMyselfGet(
  client: TopClient,
  request: AlibabaXiamiApiRadioMyselfGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaXiamiApiRadioMyselfGetResponse> {
  return client.call<AlibabaXiamiApiRadioMyselfGetResponse>(
    {
      method: 'alibaba.xiami.api.radio.myself.get',
      responseRoot: 'alibaba_xiami_api_radio_myself_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
