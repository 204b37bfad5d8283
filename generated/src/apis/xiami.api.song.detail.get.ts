// Generated from specs/xiamiopen/xiami.api.song.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.api.song.detail.get` (获取歌曲详情). */
export interface XiamiApiSongDetailGetRequest {
  /**
   * 歌曲id
   *
   * Max list size: 20
   */
  song_ids: Int64Input[];
}

/** Response of `xiami.api.song.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiApiSongDetailGetResponse {
  /** 歌曲信息 */
  song_detail_list?: XiamiApiSongDetailGetSongDetailDo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SongDetailDo` of `xiami.api.song.detail.get`. */
export interface XiamiApiSongDetailGetSongDetailDo {
  /** mvId */
  mv_id?: string;
  /** 专辑信息 */
  album?: XiamiApiSongDetailGetAlbumDo;
  /** 专辑id */
  album_id?: Int64;
  /** 专辑logo */
  album_logo?: string;
  /** 编曲 */
  arrangement?: string;
  /** artistDO */
  artist?: XiamiApiSongDetailGetArtistDo;
  /** 艺人id */
  artist_id?: Int64;
  /** cd序号 */
  cd_serial?: Int64;
  /** 作词 */
  composer?: string;
  /** 演唱者 */
  singers?: XiamiApiSongDetailGetArtistDo2[];
  /** 歌曲id */
  song_id?: Int64;
  /** 歌曲名 */
  song_name?: string;
  /** 作曲 */
  songwriters?: string;
  /** 序号 */
  track?: Int64;
  /** 歌词文件地址 */
  lyric_file?: string;
  /** 歌词类型 */
  lyric_type?: Int64;
  /** 版权信息 */
  purview_info?: string;
  /** 歌曲时长 */
  length?: Int64;
}

/** `AlbumDo` of `xiami.api.song.detail.get`. */
export interface XiamiApiSongDetailGetAlbumDo {
  /** 专辑名称 */
  album_name?: string;
}

/** `ArtistDo` of `xiami.api.song.detail.get`. */
export interface XiamiApiSongDetailGetArtistDo {
  /** 艺人别名 */
  alias?: string;
  /** 艺人logo */
  artist_logo?: string;
  /** 艺人名 */
  artist_name?: string;
  /** 是否音乐人 */
  musician?: boolean;
}

/** `ArtistDo` of `xiami.api.song.detail.get`. */
export interface XiamiApiSongDetailGetArtistDo2 {
  /** 别名 */
  alias?: string;
  /** 艺人id */
  artist_id?: Int64;
  /** 艺人logo */
  artist_logo?: string;
  /** 艺人名 */
  artist_name?: string;
  /** 是否音乐人 */
  musician?: boolean;
}

const REQUEST_SCHEMA = {
  song_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  song_detail_list: [
    {
      mv_id: 'String',
      album: {
        album_name: 'String',
      },
      album_id: 'Number',
      album_logo: 'String',
      arrangement: 'String',
      artist: {
        alias: 'String',
        artist_logo: 'String',
        artist_name: 'String',
        musician: 'Boolean',
      },
      artist_id: 'Number',
      cd_serial: 'Number',
      composer: 'String',
      singers: [
        {
          alias: 'String',
          artist_id: 'Number',
          artist_logo: 'String',
          artist_name: 'String',
          musician: 'Boolean',
        },
      ],
      song_id: 'Number',
      song_name: 'String',
      songwriters: 'String',
      track: 'Number',
      lyric_file: 'String',
      lyric_type: 'Number',
      purview_info: 'String',
      length: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `xiami.api.song.detail.get`: method, response root, request and response schemas. */
export const xiamiApiSongDetailGetOperation = {
  method: 'xiami.api.song.detail.get',
  responseRoot: 'xiami_api_song_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取歌曲详情 — calls TOP method `xiami.api.song.detail.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiApiSongDetailGet(
  client: TopClient,
  request: XiamiApiSongDetailGetRequest,
  options?: CallOptions,
): Promise<XiamiApiSongDetailGetResponse> {
  return client.call<XiamiApiSongDetailGetResponse>(
    {
      method: 'xiami.api.song.detail.get',
      responseRoot: 'xiami_api_song_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
