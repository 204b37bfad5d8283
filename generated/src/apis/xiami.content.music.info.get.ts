// Generated from specs/xiamicontent/xiami.content.music.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.music.info.get` (获取音乐信息). */
export interface XiamiContentMusicInfoGetRequest {
  /** 歌曲id */
  song_ids: Int64Input;
}

/** Response of `xiami.content.music.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentMusicInfoGetResponse {
  /** 错误信息 */
  result_code?: XiamiContentMusicInfoGetResultCode;
  /** 音乐信息 */
  music_list?: XiamiContentMusicInfoGetMusicDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultCode` of `xiami.content.music.info.get`. */
export interface XiamiContentMusicInfoGetResultCode {
  /** msg */
  msg?: string;
  /** code */
  code?: Int64;
}

/** `MusicDTO` of `xiami.content.music.info.get`. */
export interface XiamiContentMusicInfoGetMusicDTO {
  /** 歌曲名 */
  song_name?: string;
  /** 演唱者 */
  singers?: XiamiContentMusicInfoGetArtistDTO[];
  /** 专辑 */
  album?: XiamiContentMusicInfoGetAlbumDTO;
  /** 推荐场景id */
  recommend_scene_id?: string;
  /** 展示状态 */
  show_status?: Int64;
  /** 标签 */
  tags?: XiamiContentMusicInfoGetTagLink[];
  /** 时长 */
  duration?: Int64;
  /** 音乐封面 */
  cover_url?: string;
  /** 波形图文件 */
  waveform_url?: string;
  /** 版权状态 1-上架，0-下架 */
  copyright_status?: Int64;
  /** 音频信息 */
  audios?: XiamiContentMusicInfoGetAudioDTO[];
  /** 歌曲id */
  song_id?: Int64;
  /** 歌曲副标题 */
  song_sub_name?: string;
  /** 歌词 */
  lyrics?: XiamiContentMusicInfoGetLyricDTO[];
  /** 歌曲发布状态, 1-已发布, 0-未发布 */
  publish_status?: Int64;
  /** 音乐类型，1完整版 2剪辑版 */
  music_type?: Int64;
  /** 删除状态，1已删除 0未删除 */
  deleted_status?: Int64;
}

/** `ArtistDTO` of `xiami.content.music.info.get`. */
export interface XiamiContentMusicInfoGetArtistDTO {
  /** 地域 */
  area?: string;
  /** 性别 */
  gender?: string;
  /** 别名 */
  alias?: string;
  /** 艺人id */
  artist_id?: Int64;
  /** 艺人名 */
  artist_name?: string;
  /** 艺人封面 */
  artist_logo?: string;
}

/** `AlbumDTO` of `xiami.content.music.info.get`. */
export interface XiamiContentMusicInfoGetAlbumDTO {
  /** 专辑封面 */
  album_logo?: string;
  /** 专辑名 */
  album_name?: string;
  /** 厂牌id */
  company_id?: Int64;
  /** 副标题 */
  sub_name?: string;
  /** 发行时间 */
  gmt_publish?: string;
  /** 专辑状态 1-已发布 0-未发布 */
  album_status?: Int64;
  /** 专辑id */
  album_id?: Int64;
  /** 语言 */
  language?: string;
}

/** `TagLink` of `xiami.content.music.info.get`. */
export interface XiamiContentMusicInfoGetTagLink {
  /** 标签名 */
  name_cn?: string;
  /** 父标签id */
  pid?: Int64;
  /** 标签id */
  id?: Int64;
}

/** `AudioDTO` of `xiami.content.music.info.get`. */
export interface XiamiContentMusicInfoGetAudioDTO {
  /** 音频id */
  audio_id?: Int64;
  /** 格式 */
  format?: string;
  /** 位 */
  bits?: Int64;
  /** 采样率 */
  sample_rate?: Int64;
  /** 音频封面 */
  audio_cover?: string;
  /** 音质 */
  quality?: Int64;
  /** 时长（毫秒） */
  duration?: Int64;
  /** 音频文件地址 */
  listen_url?: string;
  /** 文件大小 */
  file_size?: Int64;
  /** 码率 */
  rate?: Int64;
  /** 音频名称 */
  audio_name?: string;
  /** 超时时间 */
  expire?: Int64;
  /** 音频描述 */
  audio_desc?: string;
}

/** `LyricDTO` of `xiami.content.music.info.get`. */
export interface XiamiContentMusicInfoGetLyricDTO {
  /** 歌词id */
  lyric_id?: Int64;
  /** 歌词类型 */
  type?: Int64;
  /** 歌曲id */
  song_id?: Int64;
  /** 歌词地址 */
  lyric_url?: string;
}

const REQUEST_SCHEMA = {
  song_ids: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: {
    msg: 'String',
    code: 'Number',
  },
  music_list: [
    {
      song_name: 'String',
      singers: [
        {
          area: 'String',
          gender: 'String',
          alias: 'String',
          artist_id: 'Number',
          artist_name: 'String',
          artist_logo: 'String',
        },
      ],
      album: {
        album_logo: 'String',
        album_name: 'String',
        company_id: 'Number',
        sub_name: 'String',
        gmt_publish: 'Date',
        album_status: 'Number',
        album_id: 'Number',
        language: 'String',
      },
      recommend_scene_id: 'String',
      show_status: 'Number',
      tags: [
        {
          name_cn: 'String',
          pid: 'Number',
          id: 'Number',
        },
      ],
      duration: 'Number',
      cover_url: 'String',
      waveform_url: 'String',
      copyright_status: 'Number',
      audios: [
        {
          audio_id: 'Number',
          format: 'String',
          bits: 'Number',
          sample_rate: 'Number',
          audio_cover: 'String',
          quality: 'Number',
          duration: 'Number',
          listen_url: 'String',
          file_size: 'Number',
          rate: 'Number',
          audio_name: 'String',
          expire: 'Number',
          audio_desc: 'String',
        },
      ],
      song_id: 'Number',
      song_sub_name: 'String',
      lyrics: [
        {
          lyric_id: 'Number',
          type: 'Number',
          song_id: 'Number',
          lyric_url: 'String',
        },
      ],
      publish_status: 'Number',
      music_type: 'Number',
      deleted_status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.music.info.get`: method, response root, request and response schemas. */
export const xiamiContentMusicInfoGetOperation = {
  method: 'xiami.content.music.info.get',
  responseRoot: 'xiami_content_music_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取音乐信息 — calls TOP method `xiami.content.music.info.get`.
 *
 * (批量)获取歌曲信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentMusicInfoGet(
  client: TopClient,
  request: XiamiContentMusicInfoGetRequest,
  options?: CallOptions,
): Promise<XiamiContentMusicInfoGetResponse> {
  return client.call<XiamiContentMusicInfoGetResponse>(
    {
      method: 'xiami.content.music.info.get',
      responseRoot: 'xiami_content_music_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
