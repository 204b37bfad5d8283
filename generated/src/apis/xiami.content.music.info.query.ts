// Generated from specs/xiamicontent/xiami.content.music.info.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.music.info.query` (搜索音乐). */
export interface XiamiContentMusicInfoQueryRequest {
  /** 搜索条件 key支持songName/singerName/copyrightStatus/publishStatus/keyword */
  search_terms?: XiamiContentMusicInfoQuerySearchTermsDTOInput;
  /** tag搜索条件，tag尽量不要超过50个 */
  tag_optional?: XiamiContentMusicInfoQuerySongCatsSearchDTOInput;
  /** 排序,默认按照最新排序 1最新 2本周最热 3本月最热 */
  order_by?: Int64Input;
  /** 分页信息 */
  page?: XiamiContentMusicInfoQueryPagingVOInput;
}

/** Response of `xiami.content.music.info.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentMusicInfoQueryResponse {
  /** 音乐信息 */
  music_dto_page?: XiamiContentMusicInfoQueryPage;
  /** 结果code */
  result_code?: XiamiContentMusicInfoQueryResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SearchTermsDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQuerySearchTermsDTOInput {
  /** 搜索的value。songName:歌曲名称；singerName:演唱者名称；lyric:歌词文本（只匹配前50字符）； copyrightStatus：版权状态 0下架/1上架；publishStatus：发布状态 0未发布/1发布; keyword:关键字搜索（与songName/singerName互斥）; lyric:歌词搜索，限制字符数50 */
  value?: string;
  /** 搜索key：songName/singerName/lyric/copyrightStatus/publishStatus/keyword/lyric */
  key?: string;
}

/** `SongCatsSearchDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQuerySongCatsSearchDTOInput {
  /** 标签类目间的关系查询 1 and 2：or */
  relation?: Int64Input;
  /** 标签组列表 */
  cat_tag_codes?: XiamiContentMusicInfoQuerySongCatTagDTOInput[];
}

/** `SongCatTagDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQuerySongCatTagDTOInput {
  /** tag code列表 */
  tag_codes?: string[];
  /** tag间的关系查询 1 and 2：or */
  relation?: Int64Input;
}

/** `PagingVO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryPagingVOInput {
  /** 每页数量 */
  page_size?: Int64Input;
  /** 页码 */
  page?: Int64Input;
}

/** `Page` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryPage {
  /** 音乐列表 */
  data?: XiamiContentMusicInfoQueryMusicDTO[];
  /** 数量 */
  count?: Int64;
  /** 分页信息 */
  paging_vo?: XiamiContentMusicInfoQueryPagingVO;
}

/** `MusicDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryMusicDTO {
  /** 歌曲名 */
  song_name?: string;
  /** 演唱者 */
  singers?: XiamiContentMusicInfoQueryArtistDTO[];
  /** 专辑 */
  album?: XiamiContentMusicInfoQueryAlbumDTO;
  /** 展示状态 */
  show_status?: Int64;
  /** 标签 */
  tags?: XiamiContentMusicInfoQueryTagLink[];
  /** 封面地址 */
  cover_url?: string;
  /** 时长 */
  duration?: Int64;
  /** 波形图地址 */
  waveform_url?: string;
  /** 1-版权上架, 0-版权下架 */
  copyright_status?: Int64;
  /** 音频列表 */
  audios?: XiamiContentMusicInfoQueryAudioDTO[];
  /** 副标题 */
  song_sub_name?: string;
  /** 歌曲id */
  song_id?: Int64;
  /** 歌词 */
  lyrics?: XiamiContentMusicInfoQueryLyricDTO[];
  /** 音乐类型1完整版2剪辑版 */
  music_type?: Int64;
  /** 发布状态 */
  publish_status?: Int64;
  /** 是否删除 */
  deleted_status?: Int64;
}

/** `ArtistDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryArtistDTO {
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

/** `AlbumDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryAlbumDTO {
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

/** `TagLink` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryTagLink {
  /** 标签code */
  code?: string;
  /** 标签名 */
  name_cn?: string;
  /** 标签id */
  id?: Int64;
}

/** `AudioDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryAudioDTO {
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

/** `LyricDTO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryLyricDTO {
  /** 歌词id */
  lyric_id?: Int64;
  /** 类型 */
  type?: Int64;
  /** 歌词地址 */
  lyric_url?: string;
}

/** `PagingVO` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryPagingVO {
  /** 总页数 */
  pages?: Int64;
  /** 总数 */
  count?: Int64;
  /** 每页数量 */
  page_size?: Int64;
  /** 页码 */
  page?: Int64;
}

/** `ResultCode` of `xiami.content.music.info.query`. */
export interface XiamiContentMusicInfoQueryResultCode {
  /** 消息 */
  msg?: string;
  /** code */
  code?: Int64;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  search_terms: {
    value: 'String',
    key: 'String',
  },
  tag_optional: {
    relation: 'Number',
    cat_tag_codes: [
      {
        tag_codes: ['String'],
        relation: 'Number',
      },
    ],
  },
  order_by: 'Number',
  page: {
    page_size: 'Number',
    page: 'Number',
  },
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

/** Static description of `xiami.content.music.info.query`: method, response root, request and response schemas. */
export const xiamiContentMusicInfoQueryOperation = {
  method: 'xiami.content.music.info.query',
  responseRoot: 'xiami_content_music_info_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索音乐 — calls TOP method `xiami.content.music.info.query`.
 *
 * (批量)获取歌曲信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentMusicInfoQuery(
  client: TopClient,
  request: XiamiContentMusicInfoQueryRequest = {},
  options?: CallOptions,
): Promise<XiamiContentMusicInfoQueryResponse> {
  return client.call<XiamiContentMusicInfoQueryResponse>(
    {
      method: 'xiami.content.music.info.query',
      responseRoot: 'xiami_content_music_info_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
