// Generated from specs/xiamicontent/xiami.content.music.collect.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.music.collect.get` (获取歌单歌曲). */
export interface XiamiContentMusicCollectGetRequest {
  /** 歌单id */
  collect_id?: Int64Input;
  /** 每页数量 */
  page_size?: Int64Input;
  /** 页码 */
  page?: Int64Input;
}

/** Response of `xiami.content.music.collect.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentMusicCollectGetResponse {
  /** 音乐信息 */
  music_dto_page?: XiamiContentMusicCollectGetPage;
  /** 结果code */
  result_code?: XiamiContentMusicCollectGetResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Page` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetPage {
  /** 音乐列表 */
  data?: XiamiContentMusicCollectGetMusicDTO[];
  /** 数量 */
  count?: Int64;
  /** 分页信息 */
  paging_vo?: XiamiContentMusicCollectGetPagingVO;
}

/** `MusicDTO` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetMusicDTO {
  /** 歌曲名 */
  song_name?: string;
  /** 演唱者 */
  singers?: XiamiContentMusicCollectGetArtistDTO[];
  /** 专辑 */
  album?: XiamiContentMusicCollectGetAlbumDTO;
  /** 展示状态 */
  show_status?: Int64;
  /** 标签 */
  tags?: XiamiContentMusicCollectGetTagLink[];
  /** 封面地址 */
  cover_url?: string;
  /** 时长 */
  duration?: Int64;
  /** 波形图地址 */
  waveform_url?: string;
  /** 1-版权上架, 0-版权下架 */
  copyright_status?: Int64;
  /** 音频列表 */
  audios?: XiamiContentMusicCollectGetAudioDTO[];
  /** 副标题 */
  song_sub_name?: string;
  /** 歌曲id */
  song_id?: Int64;
  /** 歌词 */
  lyrics?: XiamiContentMusicCollectGetLyricDTO[];
  /** 音乐类型1完整版2剪辑版 */
  music_type?: Int64;
  /** 发布状态 */
  publish_status?: Int64;
  /** 是否删除 */
  deleted_status?: Int64;
}

/** `ArtistDTO` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetArtistDTO {
  /** 地区 */
  area?: string;
  /** 性别 */
  gender?: string;
  /** 别名 */
  alias?: string;
  /** 艺人名 */
  artist_name?: string;
  /** 艺人封面 */
  artist_logo?: string;
  /** 艺人id */
  artist_id?: Int64;
}

/** `AlbumDTO` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetAlbumDTO {
  /** 专辑封面 */
  album_logo?: string;
  /** 专辑名 */
  album_name?: string;
  /** 厂牌id */
  company_id?: Int64;
  /** 副标题 */
  sub_name?: string;
  /** 发布时间 */
  gmt_publish?: string;
  /** 专辑id */
  album_id?: Int64;
  /** 语言 */
  language?: string;
}

/** `TagLink` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetTagLink {
  /** 标签code */
  code?: string;
  /** 标签名 */
  name_cn?: string;
  /** 标签id */
  id?: Int64;
}

/** `AudioDTO` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetAudioDTO {
  /** 时长 */
  duration?: Int64;
  /** 试听文件地址 */
  listen_url?: string;
  /** 码率 */
  rate?: Int64;
  /** 文件大小 */
  file_size?: Int64;
  /** 音频id */
  audio_id?: Int64;
  /** 格式 */
  format?: string;
  /** 位数 */
  bits?: Int64;
  /** 采样率 */
  sample_rate?: Int64;
  /** 音质 */
  quality?: Int64;
}

/** `LyricDTO` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetLyricDTO {
  /** 歌词id */
  lyric_id?: Int64;
  /** 类型 */
  type?: Int64;
  /** 歌词地址 */
  lyric_url?: string;
}

/** `PagingVO` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetPagingVO {
  /** 总页数 */
  pages?: Int64;
  /** 总数 */
  count?: Int64;
  /** 每页数量 */
  page_size?: Int64;
  /** 页码 */
  page?: Int64;
}

/** `ResultCode` of `xiami.content.music.collect.get`. */
export interface XiamiContentMusicCollectGetResultCode {
  /** 消息 */
  msg?: string;
  /** code */
  code?: Int64;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  collect_id: 'Number',
  page_size: 'Number',
  page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  music_dto_page: {
    data: [
      {
        song_name: 'String',
        singers: [
          {
            area: 'String',
            gender: 'String',
            alias: 'String',
            artist_name: 'String',
            artist_logo: 'String',
            artist_id: 'Number',
          },
        ],
        album: {
          album_logo: 'String',
          album_name: 'String',
          company_id: 'Number',
          sub_name: 'String',
          gmt_publish: 'Date',
          album_id: 'Number',
          language: 'String',
        },
        show_status: 'Number',
        tags: [
          {
            code: 'String',
            name_cn: 'String',
            id: 'Number',
          },
        ],
        cover_url: 'String',
        duration: 'Number',
        waveform_url: 'String',
        copyright_status: 'Number',
        audios: [
          {
            duration: 'Number',
            listen_url: 'String',
            rate: 'Number',
            file_size: 'Number',
            audio_id: 'Number',
            format: 'String',
            bits: 'Number',
            sample_rate: 'Number',
            quality: 'Number',
          },
        ],
        song_sub_name: 'String',
        song_id: 'Number',
        lyrics: [
          {
            lyric_id: 'Number',
            type: 'Number',
            lyric_url: 'String',
          },
        ],
        music_type: 'Number',
        publish_status: 'Number',
        deleted_status: 'Number',
      },
    ],
    count: 'Number',
    paging_vo: {
      pages: 'Number',
      count: 'Number',
      page_size: 'Number',
      page: 'Number',
    },
  },
  result_code: {
    msg: 'String',
    code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.music.collect.get`: method, response root, request and response schemas. */
export const xiamiContentMusicCollectGetOperation = {
  method: 'xiami.content.music.collect.get',
  responseRoot: 'xiami_content_music_collect_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取歌单歌曲 — calls TOP method `xiami.content.music.collect.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentMusicCollectGet(
  client: TopClient,
  request: XiamiContentMusicCollectGetRequest = {},
  options?: CallOptions,
): Promise<XiamiContentMusicCollectGetResponse> {
  return client.call<XiamiContentMusicCollectGetResponse>(
    {
      method: 'xiami.content.music.collect.get',
      responseRoot: 'xiami_content_music_collect_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
