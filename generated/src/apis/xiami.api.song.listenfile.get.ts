// Generated from specs/xiamiopen/xiami.api.song.listenfile.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.api.song.listenfile.get` (获取歌曲试听文件). */
export interface XiamiApiSongListenfileGetRequest {
  /**
   * 歌曲id
   *
   * Max list size: 100
   */
  song_ids: Int64Input[];
}

/** Response of `xiami.api.song.listenfile.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiApiSongListenfileGetResponse {
  /** 歌曲试听文件列表 */
  song_play_info_list?: XiamiApiSongListenfileGetSongPlayInfoDo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SongPlayInfoDo` of `xiami.api.song.listenfile.get`. */
export interface XiamiApiSongListenfileGetSongPlayInfoDo {
  /** 试听文件列表 */
  listen_file_list?: XiamiApiSongListenfileGetListenFileDo[];
  /** 歌曲id */
  song_id?: Int64;
}

/** `ListenFileDo` of `xiami.api.song.listenfile.get`. */
export interface XiamiApiSongListenfileGetListenFileDo {
  /** 超时时间 */
  expire?: Int64;
  /** 试听文件地址 */
  listen_file?: string;
  /** 歌曲品质，l为低品质，h为高品质，s为无损 */
  quality?: string;
}

const REQUEST_SCHEMA = {
  song_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  song_play_info_list: [
    {
      listen_file_list: [
        {
          expire: 'Number',
          listen_file: 'String',
          quality: 'String',
        },
      ],
      song_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `xiami.api.song.listenfile.get`: method, response root, request and response schemas. */
export const xiamiApiSongListenfileGetOperation = {
  method: 'xiami.api.song.listenfile.get',
  responseRoot: 'xiami_api_song_listenfile_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取歌曲试听文件 — calls TOP method `xiami.api.song.listenfile.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiApiSongListenfileGet(
  client: TopClient,
  request: XiamiApiSongListenfileGetRequest,
  options?: CallOptions,
): Promise<XiamiApiSongListenfileGetResponse> {
  return client.call<XiamiApiSongListenfileGetResponse>(
    {
      method: 'xiami.api.song.listenfile.get',
      responseRoot: 'xiami_api_song_listenfile_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
